import type { SearchHit } from "./Store.ts";

/** A row a full-text query returns: the document and, for evidence, the event it supports. */
export interface SearchRow {
  document_id: number;
  name: string;
  snippet: string;
  event_id?: string;
}

/** Search hits in the order the Store promises: documents first, then evidence, each best first. */
export function searchHits(documents: readonly SearchRow[], evidence: readonly SearchRow[]): SearchHit[] {
  const hit = (kind: SearchHit["kind"]) => (r: SearchRow) => ({
    kind,
    documentId: r.document_id,
    documentName: r.name,
    eventId: r.event_id ?? null,
    snippet: r.snippet,
  });
  return [...documents.map(hit("document")), ...evidence.map(hit("evidence"))];
}
