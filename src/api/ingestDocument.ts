import { fuseDocument } from "../analyze/fuseEvents.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { identifyProse, prepareDocument, proseOf } from "../store/prepareDocument.ts";
import type { DocumentOrigin, Store } from "../store/Store.ts";

/** The extractor failed on a document: the batch goes on without it, and nothing of it is stored. */
export class ExtractionError extends Error {
  override name = "ExtractionError";
}

/** What storing one document came to. */
export type IngestOutcome =
  | {
      status: "new";
      documentId: number;
      events: number;
      fused: number;
      inferredFrom: string | null;
      published: string;
    }
  | { status: "duplicate" | "near-duplicate"; documentId: number; newOrigin: boolean };

/**
 * Stores one document: a text stored already, or a reprint of a stored story, only adds its
 * origin; a new one is extracted, stored in one transaction and fused with the reports before it.
 */
export async function ingestDocument(
  kb: KnowledgeBase,
  store: Store,
  document: SourceDocument,
  origin: DocumentOrigin,
  options: { published?: IsoDate; today: IsoDate },
): Promise<IngestOutcome> {
  const prose = proseOf(document);
  const { contentHash, fingerprint } = identifyProse(prose);
  const duplicate = await store.findDuplicate(contentHash, fingerprint, prose);
  if (duplicate) {
    const newOrigin = await store.addOrigin(duplicate.documentId, origin);
    return {
      status: duplicate.exact ? "duplicate" : "near-duplicate",
      documentId: duplicate.documentId,
      newOrigin,
    };
  }
  let prepared: ReturnType<typeof prepareDocument>;
  try {
    prepared = prepareDocument(kb, document, origin, options);
  } catch (error) {
    throw new ExtractionError(`extraction failed (${(error as Error).message})`);
  }
  const documentId = await store.addDocument(prepared.document);
  const { joined } = await fuseDocument(store, documentId);
  return {
    status: "new",
    documentId,
    events: prepared.document.events.length,
    fused: joined,
    inferredFrom: prepared.inferredFrom,
    published: prepared.document.published,
  };
}
