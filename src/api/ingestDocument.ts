import { fuseDocument } from "../analyze/fuseEvents.ts";
import { fusionLockKeys } from "../analyze/fusionLockKeys.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { fingerprintBands } from "../core/simHash.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { identifyProse, prepareDocument, proseOf } from "../store/prepareDocument.ts";
import type { DocumentOrigin, Store } from "../store/Store.ts";

/**
 * The locks storing a document takes: one per band of its fingerprint. A copy of the document, or
 * a reprint close enough to be found as one, shares a band with it (that is how findDuplicate finds
 * it), so the two are stored one after the other; other documents are stored at once.
 */
function duplicateLockKeys(fingerprint: string): string[] {
  return fingerprintBands(fingerprint).map((band, i) => `duplicate:${i}:${band}`);
}

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
 * Safe with many workers on one PostgreSQL store: the check and the write happen under the locks
 * of the fingerprint's bands, the fusion under the locks of the weeks its events fall in.
 */
export async function ingestDocument(
  kb: KnowledgeBase,
  store: Store,
  document: SourceDocument,
  origin: DocumentOrigin,
  options: { published?: IsoDate; today: IsoDate },
): Promise<IngestOutcome> {
  const prose = proseOf(document);
  const identity = identifyProse(prose);
  const { contentHash, fingerprint } = identity;
  const known = async (writer: Store): Promise<IngestOutcome | null> => {
    const duplicate = await writer.findDuplicate(contentHash, fingerprint, prose);
    if (!duplicate) return null;
    const newOrigin = await writer.addOrigin(duplicate.documentId, origin);
    return {
      status: duplicate.exact ? "duplicate" : "near-duplicate",
      documentId: duplicate.documentId,
      newOrigin,
    };
  };
  const stored = await known(store);
  if (stored) {
    await completeFusion(store, stored.documentId);
    return stored;
  }
  // Extraction is the slow part: it runs outside the write lock, so that workers extract at once.
  let prepared: ReturnType<typeof prepareDocument>;
  try {
    prepared = prepareDocument(kb, document, identity, origin, options);
  } catch (error) {
    throw new ExtractionError(`extraction failed (${(error as Error).message})`);
  }
  const added = await store.exclusive(duplicateLockKeys(fingerprint), async (writer) => {
    // Another worker may have stored the same story meanwhile.
    return (await known(writer)) ?? (await writer.addDocument(prepared.document));
  });
  if (typeof added !== "number") return added;
  const documentId = added;
  // Fusion waits only for documents whose events could fuse with these (same type, same weeks).
  // A report fused before this document was stored does not see it; this document's fusion,
  // which comes after, sees that report.
  const keys = fusionLockKeys(prepared.document.events.map((e) => e.event));
  const { joined } = await store.exclusive(keys, (writer) => fuseDocument(writer, documentId));
  return {
    status: "new",
    documentId,
    events: prepared.document.events.length,
    fused: joined,
    inferredFrom: prepared.inferredFrom,
    published: prepared.document.published,
  };
}

/** Fuses the events of a stored document that fusion has not seen (a process ended between storing and fusing). */
async function completeFusion(store: Store, documentId: number): Promise<void> {
  const { events } = await store.events({ documentId, limit: 1000 });
  if (events.every((e) => e.fusion !== null)) return;
  const keys = fusionLockKeys(events.map((e) => e.event));
  await store.exclusive(keys, (writer) => fuseDocument(writer, documentId));
}
