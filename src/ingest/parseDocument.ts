import { isIsoDate } from "../core/isoDate.ts";
import type { DocumentFormat, SourceDocument } from "../core/SourceDocument.ts";
import { htmlToText } from "./htmlToText.ts";
import { parseFrontMatter } from "./parseFrontMatter.ts";

const stringField = (value: unknown): string | null =>
  typeof value === "string" && value.trim()
    ? value.trim()
    : value instanceof Date
      ? value.toISOString()
      : null;

/** A front-matter date as YYYY-MM-DD, from "2026-02-27", "2026-02-27T10:00:00Z" or a YAML date. */
function dateField(value: unknown): string | null {
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value.trim() : "";
  const day = text.slice(0, 10);
  return isIsoDate(day) ? day : null;
}

/** Turns decoded file content into a SourceDocument: front matter honoured, HTML reduced to its main text. */
export function parseDocument(id: string, content: string, format: DocumentFormat): SourceDocument {
  if (format === "html") {
    const { title, text } = htmlToText(content);
    return { id, format, text, title, url: null, source: null, published: null, frontMatter: null };
  }
  const front = parseFrontMatter(content);
  const fields = front?.fields ?? {};
  return {
    id,
    format,
    text: content,
    title: stringField(fields.title),
    url: stringField(fields.url),
    source: stringField(fields.source),
    published: dateField(fields.published ?? fields.date),
    frontMatter: front ? { start: front.start, end: front.end } : null,
  };
}
