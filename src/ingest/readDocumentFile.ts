import { closeSync, openSync, readSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { DocumentFormat, SourceDocument } from "../core/SourceDocument.ts";
import { DocumentError } from "./DocumentError.ts";
import { parseDocument } from "./parseDocument.ts";
import { parseFeed } from "./parseFeed.ts";

/** Files larger than this are refused: news articles are kilobytes, not hundreds of megabytes. */
const MB = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 50 * MB;

const FORMATS: Record<string, DocumentFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

function formatOfPath(path: string): DocumentFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

function readBytes(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new DocumentError("unreadable", path, "not a regular file");
    size = stat.size;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(
      "unreadable",
      path,
      `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (size > MAX_DOCUMENT_BYTES)
    throw new DocumentError(
      "too-large",
      path,
      `${(size / MB).toFixed(0)} MB is over the ${MAX_DOCUMENT_BYTES / MB} MB limit`,
    );
  const buffer = Buffer.alloc(size);
  const fd = openSync(path, "r");
  try {
    readSync(fd, buffer, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/** Decodes UTF-8 strictly: a NUL byte means a binary file, an invalid sequence a wrong encoding. */
function decode(path: string, bytes: Buffer): string {
  if (bytes.includes(0))
    throw new DocumentError("binary", path, "binary file (contains NUL bytes), not text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError(
      "encoding",
      path,
      "not valid UTF-8; convert it first (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
    );
  }
}

/** Reads one file into a SourceDocument, or throws a DocumentError saying why it cannot. */
export function readDocumentFile(path: string): SourceDocument {
  const format = formatOfPath(path);
  if (!format)
    throw new DocumentError(
      "unsupported",
      path,
      `unsupported file type "${extname(path)}" (expected .txt, .md or .html)`,
    );
  const text = decode(path, readBytes(path));
  if (!text.trim()) throw new DocumentError("empty", path, "empty file");
  return parseDocument(basename(path), text, format);
}

/** Extensions of RSS and Atom feed files: one file, many documents. */
export const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);

/** Whether `faultline ingest` reads files with this name (documents and feeds). */
export function isDocumentPath(path: string): boolean {
  return formatOfPath(path) !== null || FEED_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Reads a document file, or a feed file's items, or throws a DocumentError saying why it cannot. */
export function readDocuments(path: string): SourceDocument[] {
  if (!FEED_EXTENSIONS.has(extname(path).toLowerCase())) return [readDocumentFile(path)];
  const text = decode(path, readBytes(path));
  if (!text.trim()) throw new DocumentError("empty", path, "empty file");
  const items = parseFeed(basename(path), text);
  if (!items) throw new DocumentError("unsupported", path, "XML that is no RSS or Atom feed");
  if (items.length === 0) throw new DocumentError("empty", path, "a feed without items that have text");
  return items;
}
