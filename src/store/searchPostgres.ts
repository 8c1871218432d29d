import { type Kysely, sql } from "kysely";
import type { SearchHit } from "./Store.ts";
import { searchHits } from "./searchHits.ts";
import type { Tables } from "./tables.ts";

const HEADLINE =
  "StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=…, MaxFragments=1";

/**
 * Matches ranked per kind: the newest this many. Ranking reads every match's tsvector (a common
 * word matches a tenth of a million sentences: most of a second); the newest matches are found
 * from the end of the primary key, and the best of them come first.
 */
const RANKED_MATCHES = 2_000;

/**
 * Full-text search in PostgreSQL: tsvector columns over documents (title and text) and evidence,
 * best first among the newest RANKED_MATCHES matches of each.
 */
export async function searchPostgres(db: Kysely<Tables>, query: string, limit: number): Promise<SearchHit[]> {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const tsquery = sql`plainto_tsquery('english', ${words.join(" ")})`;
  // Rank first, then write headlines for the page only: ts_headline re-reads the text.
  const evidence = await sql<{ document_id: number; name: string; event_id: string; snippet: string }>`
    SELECT e.document_id, d.name, e.id AS event_id,
           ts_headline('english', v.text, ${tsquery}, ${HEADLINE}) AS snippet
    FROM (SELECT id, event_seq, text, ts_rank(search, ${tsquery}) AS rank
          FROM (SELECT id, event_seq, text, search FROM evidence WHERE search @@ ${tsquery}
                ORDER BY id DESC LIMIT ${RANKED_MATCHES}) newest
          ORDER BY rank DESC, id LIMIT ${limit}) v
    JOIN events e ON e.seq = v.event_seq
    JOIN documents d ON d.id = e.document_id
    ORDER BY v.rank DESC, v.id`.execute(db);
  const documents = await sql<{ document_id: number; name: string; snippet: string }>`
    SELECT d.id AS document_id, d.name,
           ts_headline('english', d.text, ${tsquery}, ${HEADLINE}) AS snippet
    FROM (SELECT id, name, text, ts_rank(search, ${tsquery}) AS rank
          FROM (SELECT id, name, text, search FROM documents WHERE search @@ ${tsquery}
                ORDER BY id DESC LIMIT ${RANKED_MATCHES}) newest
          ORDER BY rank DESC, id LIMIT ${limit}) d
    ORDER BY d.rank DESC, d.id`.execute(db);
  return searchHits(documents.rows, evidence.rows);
}
