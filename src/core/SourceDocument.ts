import type { IsoDate } from "./isoDate.ts";

export type DocumentFormat = "text" | "markdown" | "html";

/** A document as read: its text (offsets of every span refer to it) and what is known about it. */
export interface SourceDocument {
  /** The file's base name, printed as `doc`. */
  id: string;
  format: DocumentFormat;
  /** The text as read: the whole file for text and Markdown, the main text for HTML. */
  text: string;
  title: string | null;
  url: string | null;
  source: string | null;
  /** Publication date: from front matter or the caller; null until inferred from the text. */
  published: IsoDate | null;
  /** Character range of a front-matter block at the start of the text, if any: not prose. */
  frontMatter: { start: number; end: number } | null;
}
