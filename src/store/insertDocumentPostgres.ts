import { type Kysely, type RawBuilder, sql } from "kysely";
import type { NewDocument } from "./Store.ts";
import type { Tables } from "./tables.ts";
import { childRows, documentRow, eventRow } from "./toStoredRows.ts";

/** `INSERT INTO table (columns) …` of rows given as one JSON parameter: one bound value whatever their number. */
function insertRows(table: keyof Tables, rows: readonly object[]): RawBuilder<unknown> {
  const columns = sql.join(Object.keys(rows[0] ?? {}).map((c) => sql.ref(c)));
  return sql`INSERT INTO ${sql.table(table)} (${columns})
    SELECT ${columns} FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::jsonb)`;
}

/**
 * Stores a document in PostgreSQL in two round trips instead of one per table: its id and its
 * events' positions are taken from their sequences first, then every row goes in one statement
 * (one INSERT per table, each in a WITH clause; the statement is whole or not at all, and foreign
 * keys are checked at its end).
 */
export async function insertDocumentPostgres(db: Kysely<Tables>, document: NewDocument): Promise<number> {
  const { rows } = await sql<{ id: number; seqs: string[] }>`
    SELECT nextval(pg_get_serial_sequence('documents', 'id')) AS id,
           ARRAY(SELECT nextval(pg_get_serial_sequence('events', 'seq'))
                 FROM generate_series(1, ${document.events.length})) AS seqs`.execute(db);
  const { id, seqs: allocated } = rows[0] as { id: number; seqs: string[] };
  const seqs = allocated.map(Number);
  const now = new Date().toISOString();
  const tables: [keyof Tables, readonly object[]][] = [
    ["documents", [{ id, ...documentRow(document, now) }]],
    ["events", document.events.map((e, i) => ({ seq: seqs[i], ...eventRow(id, e) }))],
    ...(Object.entries(childRows(document, id, seqs, now)) as [keyof Tables, readonly object[]][]),
  ];
  const inserts = tables
    .filter(([, tableRows]) => tableRows.length > 0)
    .map(([table, tableRows], i) => sql`${sql.raw(`w${i}`)} AS (${insertRows(table, tableRows)})`);
  await sql`WITH ${sql.join(inserts)} SELECT 1`.execute(db);
  return id;
}
