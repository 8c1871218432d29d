import { after, describe, it } from "node:test";
import pg from "pg";
import { createDatabase, databaseUrl, dropDatabases } from "../../test/support/postgresDatabases.ts";
import { openStore } from "./openStore.ts";
import { describeStoreContract } from "./storeContract.ts";

/**
 * Runs the store contract against a real PostgreSQL server when FAULTLINE_TEST_POSTGRES names one
 * (a URL whose user may create databases; `.ci/run` starts such a server). Each run works in a
 * database of its own and drops it at the end.
 */
const server = process.env.FAULTLINE_TEST_POSTGRES;
const created: string[] = [];

after(() => (server ? dropDatabases(server, created) : undefined));

let current = "";
describeStoreContract(
  "PostgreSQL",
  server
    ? {
        async open() {
          current = `faultline_test_${process.pid}_${created.length}`;
          created.push(current);
          return openStore(await createDatabase(server, current));
        },
        reopen: () => openStore(databaseUrl(server, current)),
      }
    : {
        skip: "FAULTLINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)",
      },
);

describe("PostgreSQL store maintenance", {
  skip: server ? false : "FAULTLINE_TEST_POSTGRES is not set",
}, () => {
  it("lets autovacuum analyze the events: event_days resolves without the store's search_path", async () => {
    const name = `faultline_test_${process.pid}_analyze`;
    created.push(name);
    await (await openStore(await createDatabase(server ?? "", name))).close();
    const client = new pg.Client({ connectionString: databaseUrl(server ?? "", name) });
    await client.connect();
    try {
      await client.query(`INSERT INTO documents (name, format, published, published_inferred, content_hash,
          fingerprint, band0, band1, band2, band3, band4, band5, band6, band7, text, prose_start,
          event_count, ingested_at)
        VALUES ('a.txt', 'text', '2026-02-22', 0, 'hash', '0000000000000000', '00', '00', '00', '00',
          '00', '00', '00', '00', 'text', 0, 1, '2026-02-22')`);
      await client.query(`INSERT INTO events (id, document_id, type, mode, date_start, date_end, negated, rules)
        SELECT 'd1.e1', id, 'ASSAULT', 'air', '2026-02-22', '2026-02-22', 0, '[]' FROM documents`);
    } finally {
      await client.end();
    }
    // A session of its own (a session keeps a function as it first planned it), with the
    // search_path autovacuum works with.
    const maintenance = new pg.Client({
      connectionString: databaseUrl(server ?? "", name),
      options: "-c search_path=pg_catalog",
    });
    await maintenance.connect();
    try {
      await maintenance.query("ANALYZE public.events");
    } finally {
      await maintenance.end();
    }
  });
});
