import { after } from "node:test";
import pg from "pg";
import { openStore } from "./openStore.ts";
import { describeStoreContract } from "./storeContract.ts";

/**
 * Runs the store contract against a real PostgreSQL server when FAULTLINE_TEST_POSTGRES names one
 * (a URL whose user may create databases; `.ci/run` starts such a server). Each run works in a
 * database of its own and drops it at the end.
 */
const server = process.env.FAULTLINE_TEST_POSTGRES;
const created: string[] = [];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(server ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}

after(() =>
  created.length === 0
    ? undefined
    : admin(async (client) => {
        for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
);

let current = "";
describeStoreContract(
  "PostgreSQL",
  server
    ? {
        async open() {
          current = `faultline_test_${process.pid}_${created.length}`;
          await admin((client) => client.query(`CREATE DATABASE ${current}`));
          created.push(current);
          return openStore(databaseUrl(current));
        },
        reopen: () => openStore(databaseUrl(current)),
      }
    : {
        skip: "FAULTLINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)",
      },
);
