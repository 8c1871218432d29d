import pg from "pg";

/** Runs one statement on the PostgreSQL server `server` names (creating or dropping a database). */
export async function adminQuery(server: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server `server` names. */
export function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` on the server and gives its URL. */
export async function createDatabase(server: string, name: string): Promise<string> {
  await adminQuery(server, `CREATE DATABASE ${name}`);
  return databaseUrl(server, name);
}

/** Drops these databases, those that are there. */
export async function dropDatabases(server: string, names: readonly string[]): Promise<void> {
  for (const name of names) await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
