import type { SourceDocument } from "../core/SourceDocument.ts";
import { DocumentError } from "./DocumentError.ts";
import { parseDocument } from "./parseDocument.ts";
import { parseFeed } from "./parseFeed.ts";

const TIMEOUT_MS = 20_000;

export const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

/** A name for a fetched page: the last part of its path, else its host. */
function nameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).at(-1);
  return last ? decodeURIComponent(last) : url.hostname;
}

/**
 * Fetches a web page or feed: HTML reduced to its main text, a feed to its items, plain text as
 * it is. Throws a DocumentError when the machine is offline, the server refuses, or the content
 * is no text.
 */
export async function fetchDocuments(address: string): Promise<SourceDocument[]> {
  let response: Response;
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "follow" });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new DocumentError("unreadable", address, `cannot fetch (${cause}); is the machine online?`);
  }
  if (!response.ok) throw new DocumentError("unreadable", address, `the server answered ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  const text = await response.text();
  if (!text.trim()) throw new DocumentError("empty", address, "empty page");
  const url = new URL(response.url || address);
  if (/xml|rss|atom/.test(type)) {
    const items = parseFeed(nameOf(url), text);
    if (items) return items;
  }
  if (/html/.test(type)) return [{ ...parseDocument(nameOf(url), text, "html"), url: url.toString() }];
  if (/^text\//.test(type)) return [{ ...parseDocument(nameOf(url), text, "text"), url: url.toString() }];
  throw new DocumentError("unsupported", address, `unsupported content type "${type}"`);
}
