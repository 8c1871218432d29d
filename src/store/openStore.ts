import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { applyMigrations } from "./applyMigrations.ts";
import type { Backend } from "./Backend.ts";
import { KyselyStore } from "./KyselyStore.ts";
import type { Store } from "./Store.ts";
import type { Tables } from "./tables.ts";

/** Where the embedded store lives unless told otherwise, relative to the working directory. */
export const DEFAULT_STORE_PATH = ".faultline/faultline.db";

/** Whether a store location names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/**
 * The store to use: `--db` if given, else FAULTLINE_DB, else DATABASE_URL, else the embedded
 * default. A `postgres://` URL names a server; anything else a SQLite file.
 */
export function storeLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.FAULTLINE_DB ?? env.DATABASE_URL ?? DEFAULT_STORE_PATH;
}

// PostgreSQL returns bigint (COUNT) as text; the counts a store returns fit in a JavaScript number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

function openSqlite(path: string): Kysely<Tables> {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 10000");
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string): Kysely<Tables> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection the server ends (a restart, a dropped database) is dropped from the pool;
  // the next query opens another. Without a listener the error would end the process.
  pool.on("error", () => {});
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}

/** The database at a location, its schema brought up to date: for the store, and for tools that fill it in bulk. */
export async function openDatabase(location: string): Promise<{ db: Kysely<Tables>; backend: Backend }> {
  const backend = isPostgresUrl(location) ? "postgres" : "sqlite";
  const db = backend === "postgres" ? openPostgres(location) : openSqlite(location);
  try {
    await applyMigrations(db, backend);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, backend };
}

/** Opens (creating if needed) the store at a location and brings its schema up to date. */
export async function openStore(location: string): Promise<Store> {
  const { db, backend } = await openDatabase(location);
  return new KyselyStore(db, backend);
}
