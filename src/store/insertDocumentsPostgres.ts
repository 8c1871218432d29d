import { type Kysely, type RawBuilder, sql } from "kysely";
import type { NewDocument } from "./Store.ts";
import type { Tables } from "./tables.ts";
import { childRows, documentRow, eventRow, type InsertedDocument } from "./toStoredRows.ts";

/** `INSERT INTO table (columns) …` of rows given as one JSON parameter: one bound value whatever their number. */
function insertRows(table: keyof Tables, rows: readonly object[]): RawBuilder<unknown> {
  const columns = sql.join(Object.keys(rows[0] ?? {}).map((c) => sql.ref(c)));
  return sql`INSERT INTO ${sql.table(table)} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`;
}

/**
 * Stores documents in PostgreSQL in two round trips whatever their number: their ids and their
 * events' positions are taken from the sequences first, then every row goes in one statement
 * (one INSERT per table, each in a WITH clause; the statement is whole or not at all, and foreign
 * keys are checked at its end). Gives each document's id, its events' positions and the rows
 * keyed by them.
 */
export async function insertDocumentsPostgres(
  db: Kysely<Tables>,
  documents: readonly NewDocument[],
): Promise<InsertedDocument[]> {
  const eventCount = documents.reduce((n, d) => n + d.events.length, 0);
  const { rows } = await sql<{ ids: string[]; seqs: string[] }>`
    SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('documents', 'id'))
                 FROM generate_series(1, ${documents.length})) AS ids,
           ARRAY(SELECT nextval(pg_get_serial_sequence('events', 'seq'))
                 FROM generate_series(1, ${eventCount})) AS seqs`.execute(db);
  const ids = (rows[0]?.ids ?? []).map(Number);
  const allSeqs = (rows[0]?.seqs ?? []).map(Number);
  const now = new Date().toISOString();
  const tables = new Map<keyof Tables, object[]>();
  const add = (table: keyof Tables, tableRows: readonly object[]) => {
    const list = tables.get(table);
    if (list) list.push(...tableRows);
    else tables.set(table, [...tableRows]);
  };
  let taken = 0;
  const stored = documents.map((document, d) => {
    const id = ids[d] as number;
    const seqs = allSeqs.slice(taken, taken + document.events.length);
    taken += document.events.length;
    add("documents", [{ id, ...documentRow(document, now) }]);
    add(
      "events",
      document.events.map((e, i) => ({ seq: seqs[i], ...eventRow(id, e) })),
    );
    const children = childRows(document, id, seqs, now);
    for (const [table, tableRows] of Object.entries(children)) add(table as keyof Tables, tableRows);
    return { id, seqs, children };
  });
  const inserts = [...tables]
    .filter(([, tableRows]) => tableRows.length > 0)
    .map(([table, tableRows], i) => sql`${sql.raw(`w${i}`)} AS (${insertRows(table, tableRows)})`);
  await sql`WITH ${sql.join(inserts)} SELECT 1`.execute(db);
  return stored;
}
