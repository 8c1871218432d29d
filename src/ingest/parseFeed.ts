import { parseFeed as parseFeedXml } from "htmlparser2";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { htmlToText } from "./htmlToText.ts";

const isoDay = (date: Date | undefined) =>
  date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;

/**
 * The items of an RSS or Atom feed as documents: the item's title and text (its description or
 * content, HTML reduced to text), link, date, and the feed's title as source. Null when the text
 * is no feed. Items without text are left out.
 */
export function parseFeed(name: string, content: string): SourceDocument[] | null {
  const feed = parseFeedXml(content, { xmlMode: true });
  if (!feed) return null;
  return feed.items.flatMap((item, i) => {
    const body = htmlToText(item.description ?? "").text.trim();
    if (!body) return [];
    const title = item.title?.trim() || null;
    const text = title ? `${title}\n\n${body}` : body;
    return [
      {
        id: `${name}#${i + 1}`,
        format: "html" as const,
        text,
        title,
        url: item.link ?? null,
        source: feed.title?.trim() || null,
        published: isoDay(item.pubDate),
        frontMatter: null,
      },
    ];
  });
}
