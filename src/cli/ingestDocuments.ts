import { resolve } from "node:path";
import { fuseDocument } from "../analyze/fuseEvents.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { DocumentError } from "../ingest/DocumentError.ts";
import { fetchDocuments, isUrl } from "../ingest/fetchDocuments.ts";
import { readDocuments } from "../ingest/readDocumentFile.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { identifyProse, prepareDocument, proseOf } from "../store/prepareDocument.ts";
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

function originOf(input: string, document: SourceDocument): DocumentOrigin {
  return {
    path: isUrl(input) ? null : resolve(input),
    url: document.url ?? (isUrl(input) ? input : null),
    source: document.source,
    title: document.title,
    published: document.published,
  };
}

async function readInput(input: string): Promise<SourceDocument[]> {
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
      const origin = originOf(input, document);
      const prose = proseOf(document);
      const { contentHash, fingerprint } = identifyProse(prose);
      const duplicate = await store.findDuplicate(contentHash, fingerprint, prose);
      if (duplicate) {
        const newOrigin = await store.addOrigin(duplicate.documentId, origin);
        if (duplicate.exact) summary.duplicates++;
        else summary.nearDuplicates++;
        const what = duplicate.exact ? "duplicate " : "near-dup  ";
        lines.push(
          `${what} ${label} (document ${duplicate.documentId}${newOrigin ? ", new source recorded" : ""})`,
        );
        continue;
      }
      let prepared: ReturnType<typeof prepareDocument>;
      try {
        prepared = prepareDocument(kb, document, origin, options);
      } catch (error) {
        summary.failed++;
        options.onFailure(`${label}: extraction failed (${(error as Error).message})`);
        lines.push(`failed     ${label}`);
        continue;
      }
      const id = await store.addDocument(prepared.document);
      summary.fused += (await fuseDocument(store, id)).joined;
      summary.added++;
      summary.events += prepared.document.events.length;
      const inferred = prepared.inferredFrom
        ? `; date ${prepared.document.published} ${prepared.inferredFrom === "today" ? "is today's: none found" : `inferred from the ${prepared.inferredFrom}`}`
        : "";
      lines.push(
        `new        ${label} (document ${id}, ${prepared.document.events.length} events${inferred})`,
      );
    }
    options.onInput(lines);
  }
  return summary;
}
