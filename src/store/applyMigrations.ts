import { type Kysely, sql } from "kysely";
import type { Backend } from "./Backend.ts";
import { MIGRATIONS, type Migration } from "./migrations.ts";
import type { Tables } from "./tables.ts";

/** Applies, each in its own transaction, the migrations the database has not seen; returns their versions. */
export async function applyMigrations(
  db: Kysely<Tables>,
  backend: Backend,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await db.schema
    .createTable("schema_migrations")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  const applied = [];
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      // Two processes opening a new PostgreSQL store at once: the second waits for the first.
      if (backend === "postgres") await sql`SELECT pg_advisory_xact_lock(7201)`.execute(trx);
      const seen = await trx
        .selectFrom("schema_migrations")
        .select("version")
        .where("version", "=", migration.version)
        .executeTakeFirst();
      if (seen) return false;
      await migration.up(trx as unknown as Kysely<unknown>, backend);
      await trx
        .insertInto("schema_migrations")
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
