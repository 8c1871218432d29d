import { fuseDocuments } from "../analyze/fuseEvents.ts";
import { fusionLockKeys } from "../analyze/fusionLockKeys.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { fingerprintBands } from "../core/simHash.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { identifyProse, type PreparedDocument, prepareDocument, proseOf } from "../store/prepareDocument.ts";
import type { DocumentOrigin, DuplicateMatch, ProseToMatch, Store } from "../store/Store.ts";
import { sameStory } from "../store/sameStory.ts";

/**
 * The locks storing a document takes: one per band of its fingerprint. A copy of the document, or
 * a reprint close enough to be found as one, shares a band with it (that is how findDuplicates
 * finds it), so the two are stored one after the other; other documents are stored at once.
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

/** A document to ingest, where it was found, and the publication date its caller gives (if any). */
export interface IngestItem {
  document: SourceDocument;
  origin: DocumentOrigin;
  published?: IsoDate;
}

/** A stored story found again: its new origin is recorded. */
async function foundAgain(
  store: Store,
  match: DuplicateMatch,
  origin: DocumentOrigin,
): Promise<IngestOutcome> {
  const newOrigin = await store.addOrigin(match.documentId, origin);
  return { status: match.exact ? "duplicate" : "near-duplicate", documentId: match.documentId, newOrigin };
}

/**
 * Stores documents, in order, as if one after the other: a text stored already, or a reprint of
 * a stored story (or of a document before it), only adds its origin; a new one is extracted,
 * stored and fused with the reports before it. Gives each document's outcome, or the
 * ExtractionError that kept it out. Safe with many workers on one PostgreSQL store: the check and
 * the write happen under the locks of the fingerprints' bands, the fusion under the locks of the
 * weeks the events fall in. The store is asked the same few things once for all the documents.
 */
export async function ingestDocuments(
  kb: KnowledgeBase,
  store: Store,
  items: readonly IngestItem[],
  options: { today: IsoDate },
): Promise<(IngestOutcome | ExtractionError)[]> {
  const proses: ProseToMatch[] = items.map(({ document }) => {
    const prose = proseOf(document);
    return { prose, ...identifyProse(prose) };
  });
  const outcomes = new Map<number, IngestOutcome | ExtractionError>();
  // Stories stored already are not extracted again.
  const stored = await store.findDuplicates(proses);
  for (const [i, match] of stored.entries()) {
    if (!match) continue;
    outcomes.set(i, await foundAgain(store, match, (items[i] as IngestItem).origin));
    await completeFusion(store, match.documentId);
  }
  // Extraction is the slow part: it runs outside the locks, so that workers extract at once.
  const prepared: { index: number; prose: ProseToMatch; ready: PreparedDocument }[] = [];
  items.forEach((item, index) => {
    if (outcomes.has(index)) return;
    const prose = proses[index] as ProseToMatch;
    try {
      const ready = prepareDocument(kb, item.document, prose, item.origin, {
        published: item.published,
        today: options.today,
      });
      prepared.push({ index, prose, ready });
    } catch (error) {
      outcomes.set(index, new ExtractionError(`extraction failed (${(error as Error).message})`));
    }
  });
  const inOrder = () => items.map((_, i) => outcomes.get(i) as IngestOutcome | ExtractionError);
  if (prepared.length === 0) return inOrder();
  const keys = prepared.flatMap((p) => duplicateLockKeys(p.prose.fingerprint));
  const fresh = await store.exclusive(keys, async (writer) => {
    // Another worker may have stored the same story meanwhile, or a document before this one in
    // the batch tells it.
    const again = await writer.findDuplicates(prepared.map((p) => p.prose));
    const news: typeof prepared = [];
    // Copies, each with the stored document it copies or the position in `news` of the one it does.
    const copies: { copy: (typeof prepared)[number]; of: DuplicateMatch | number }[] = [];
    prepared.forEach((p, k) => {
      const earlier = news.findIndex((f) => sameStory(f.prose, p.prose));
      const of = again[k] ?? (earlier >= 0 ? earlier : null);
      if (of === null) news.push(p);
      else copies.push({ copy: p, of });
    });
    const ids = await writer.addDocuments(news.map((f) => f.ready.document));
    for (const { copy, of } of copies) {
      const match =
        typeof of === "number"
          ? { documentId: ids[of] as number, exact: news[of]?.prose.contentHash === copy.prose.contentHash }
          : of;
      outcomes.set(copy.index, await foundAgain(writer, match, copy.ready.document.origin));
    }
    return news.map((p, k) => ({ ...p, documentId: ids[k] as number }));
  });
  if (fresh.length === 0) return inOrder();
  // Fusion waits only for documents whose events could fuse with these (same type, same weeks).
  // A report fused before these documents were stored does not see them; their fusion, which
  // comes after, sees that report.
  const events = fresh.flatMap((f) => f.ready.document.events.map((e) => e.event));
  const ids = fresh.map((f) => f.documentId);
  const fusions = await store.exclusive(fusionLockKeys(events), (writer) => fuseDocuments(writer, ids));
  for (const [k, { index, ready, documentId }] of fresh.entries())
    outcomes.set(index, {
      status: "new",
      documentId,
      events: ready.document.events.length,
      fused: fusions[k]?.joined ?? 0,
      inferredFrom: ready.inferredFrom,
      published: ready.document.published,
    });
  return inOrder();
}

/** Stores one document as `ingestDocuments` does; throws the ExtractionError that kept it out. */
export async function ingestDocument(
  kb: KnowledgeBase,
  store: Store,
  document: SourceDocument,
  origin: DocumentOrigin,
  options: { published?: IsoDate; today: IsoDate },
): Promise<IngestOutcome> {
  const [outcome] = await ingestDocuments(kb, store, [{ document, origin, published: options.published }], {
    today: options.today,
  });
  if (outcome instanceof ExtractionError) throw outcome;
  return outcome as IngestOutcome;
}

/** Fuses the events of a stored document that fusion has not seen (a process ended between storing and fusing). */
async function completeFusion(store: Store, documentId: number): Promise<void> {
  const { events } = await store.events({ documentId, limit: 1000 });
  if (events.every((e) => e.fusion !== null)) return;
  const keys = fusionLockKeys(events.map((e) => e.event));
  await store.exclusive(keys, (writer) => fuseDocuments(writer, [documentId]));
}
