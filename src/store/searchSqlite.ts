import { type Kysely, sql } from "kysely";
import type { SearchHit } from "./Store.ts";
import { searchHits } from "./searchHits.ts";
import type { Tables } from "./tables.ts";

/** The query as FTS5 reads it: every word must occur, each quoted so that no word is taken as syntax. */
export function fts5Query(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(" ");
}

/** Full-text search in SQLite: FTS5 over documents (title and text) and evidence, best first. */
export async function searchSqlite(db: Kysely<Tables>, query: string, limit: number): Promise<SearchHit[]> {
  const match = fts5Query(query);
  if (match === "") return [];
  const evidence = await sql<{ document_id: number; name: string; event_id: string; snippet: string }>`
    SELECT e.document_id, d.name, e.id AS event_id,
           snippet(evidence_fts, 0, '«', '»', '…', 24) AS snippet
    FROM evidence_fts
    JOIN evidence v ON v.id = evidence_fts.rowid
    JOIN events e ON e.seq = v.event_seq
    JOIN documents d ON d.id = e.document_id
    WHERE evidence_fts MATCH ${match}
    ORDER BY bm25(evidence_fts), v.id
    LIMIT ${limit}`.execute(db);
  const documents = await sql<{ document_id: number; name: string; snippet: string }>`
    SELECT d.id AS document_id, d.name,
           snippet(documents_fts, 1, '«', '»', '…', 24) AS snippet
    FROM documents_fts
    JOIN documents d ON d.id = documents_fts.rowid
    WHERE documents_fts MATCH ${match}
    ORDER BY bm25(documents_fts), d.id
    LIMIT ${limit}`.execute(db);
  return searchHits(documents.rows, evidence.rows);
}

/** Adds a document and its evidence rows to the FTS5 indexes (external-content tables are filled by hand). */
export async function indexSqlite(db: Kysely<Tables>, documentId: number): Promise<void> {
  await sql`INSERT INTO documents_fts(rowid, title, text) SELECT id, coalesce(title, ''), text FROM documents WHERE id = ${documentId}`.execute(
    db,
  );
  await sql`INSERT INTO evidence_fts(rowid, text)
    SELECT v.id, v.text FROM evidence v JOIN events e ON e.seq = v.event_seq WHERE e.document_id = ${documentId}`.execute(
    db,
  );
}
