import { z } from "zod";
import type { SourceDocument } from "../core/SourceDocument.ts";
import type { DocumentOrigin } from "../store/Store.ts";

/** The task name of a document's ingest job. */
export const INGEST_TASK = "ingest_document";

/**
 * An ingest job's payload: the whole document, so that a worker on any machine can ingest it
 * without the file it came from.
 */
export const documentJobPayload = z.object({
  document: z.object({
    id: z.string(),
    format: z.enum(["text", "markdown", "html"]),
    text: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    published: z.string().nullable(),
    frontMatter: z.object({ start: z.number(), end: z.number() }).nullable(),
  }),
  origin: z.object({
    path: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
  }),
  /** The publication date the enqueuing command was given (--published), if any. */
  published: z.string().nullable(),
});

export type DocumentJob = z.infer<typeof documentJobPayload>;

export function documentJob(
  document: SourceDocument,
  origin: DocumentOrigin,
  published: string | null,
): DocumentJob {
  return { document, origin, published };
}
