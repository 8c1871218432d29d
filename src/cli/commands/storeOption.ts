import { DEFAULT_STORE_PATH, isPostgresUrl, openStore, storeLocation } from "../../store/openStore.ts";
import type { Store } from "../../store/Store.ts";

/** The `--db` option as every store command's help describes it. */
export const STORE_OPTION_HELP = `  --db PATH_OR_URL         the store: a SQLite file, or postgres://user@host/db for a server
                           (default: $FAULTLINE_DB, else $DATABASE_URL, else ${DEFAULT_STORE_PATH})`;

/** A store location for messages, without a password. */
export function describeStore(location: string): string {
  if (!isPostgresUrl(location)) return `${location} (SQLite)`;
  const url = new URL(location);
  if (url.password) url.password = "***";
  return `${url.toString()} (PostgreSQL)`;
}

/** Opens the store the `--db` flag (or the environment) names, runs the work, and closes it. */
export async function withStore<T>(flag: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(flag));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
