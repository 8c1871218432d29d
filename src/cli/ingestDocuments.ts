import { resolve } from "node:path";
import { ExtractionError, type IngestOutcome, ingestDocument } from "../api/ingestDocument.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { DocumentError } from "../ingest/DocumentError.ts";
import { fetchDocuments, isUrl } from "../ingest/fetchDocuments.ts";
import { readDocuments } from "../ingest/readDocumentFile.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { DocumentOrigin, Store } from "../store/Store.ts";

export interface IngestSummary {
  /** Documents stored by this run. */
  added: number;
  /** Documents whose text was stored already (the same bytes). */
  duplicates: number;
  /** Documents telling a stored story (a reprint under another header): recorded as another source of it. */
  nearDuplicates: number;
  /** Files, URLs or documents that could not be read or extracted. */
  failed: number;
  events: number;
  /** Events that joined a fused event: another report of the same real-world event. */
  fused: number;
}

export interface IngestOptions {
  published?: IsoDate;
  today: IsoDate;
  /** Called once per input with a line per document (a feed has several) saying what happened. */
  onInput(lines: string[]): void;
  /** Called for each failure with its message. */
  onFailure(message: string): void;
}

export function originOf(input: string, document: SourceDocument): DocumentOrigin {
  return {
    path: isUrl(input) ? null : resolve(input),
    url: document.url ?? (isUrl(input) ? input : null),
    source: document.source,
    title: document.title,
    published: document.published,
  };
}

export async function readInput(input: string): Promise<SourceDocument[]> {
  return isUrl(input) ? fetchDocuments(input) : readDocuments(input);
}

/**
 * Reads, extracts and stores documents one by one, each in a transaction of its own: a document
 * already stored (the same text, or a reprint of the same story) is recorded as another source of
 * it and not extracted again; a file that cannot be read is counted and reported, and the batch
 * goes on. A crash leaves every stored document whole; the next run skips them and goes on.
 */
export async function ingestDocuments(
  kb: KnowledgeBase,
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    added: 0,
    duplicates: 0,
    nearDuplicates: 0,
    failed: 0,
    events: 0,
    fused: 0,
  };
  for (const input of inputs) {
    const lines: string[] = [];
    let documents: SourceDocument[];
    try {
      documents = await readInput(input);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      summary.failed++;
      options.onFailure(error.message);
      options.onInput([`failed     ${input}`]);
      continue;
    }
    for (const document of documents) {
      const label = documents.length > 1 ? `${input} ${document.id}` : input;
      let outcome: IngestOutcome;
      try {
        outcome = await ingestDocument(kb, store, document, originOf(input, document), options);
      } catch (error) {
        if (!(error instanceof ExtractionError)) throw error;
        summary.failed++;
        options.onFailure(`${label}: ${error.message}`);
        lines.push(`failed     ${label}`);
        continue;
      }
      if (outcome.status !== "new") {
        if (outcome.status === "duplicate") summary.duplicates++;
        else summary.nearDuplicates++;
        const what = outcome.status === "duplicate" ? "duplicate " : "near-dup  ";
        lines.push(
          `${what} ${label} (document ${outcome.documentId}${outcome.newOrigin ? ", new source recorded" : ""})`,
        );
        continue;
      }
      summary.added++;
      summary.events += outcome.events;
      summary.fused += outcome.fused;
      const inferred = outcome.inferredFrom
        ? `; date ${outcome.published} ${outcome.inferredFrom === "today" ? "is today's: none found" : `inferred from the ${outcome.inferredFrom}`}`
        : "";
      lines.push(`new        ${label} (document ${outcome.documentId}, ${outcome.events} events${inferred})`);
    }
    options.onInput(lines);
  }
  return summary;
}
