import { type Kysely, sql } from "kysely";
import type { Backend } from "./Backend.ts";

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>, backend: Backend): Promise<void>;
}

/** The columns of a fingerprint's eight bands (see core/simHash.ts). */
export const BANDS = ["band0", "band1", "band2", "band3", "band4", "band5", "band6", "band7"] as const;

/** An auto-numbered primary key in each dialect. */
function autoId(backend: Backend) {
  return backend === "sqlite" ? ("integer" as const) : ("serial" as const);
}

const createCorpusTables: Migration = {
  version: 1,
  name: "documents, sources, mentions, events with actors, places, evidence and links",
  async up(db, backend) {
    const id = autoId(backend);
    const primary = (c: import("kysely").ColumnDefinitionBuilder) =>
      backend === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey();
    await db.schema
      .createTable("documents")
      .addColumn("id", id, primary)
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("format", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("url", "text")
      .addColumn("source", "text")
      .addColumn("published", "text", (c) => c.notNull())
      .addColumn("published_inferred", "integer", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull().unique())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .$call((table) => BANDS.reduce((t, band) => t.addColumn(band, "text", (c) => c.notNull()), table))
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("prose_start", "integer", (c) => c.notNull())
      .addColumn("event_count", "integer", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .execute();
    for (const band of BANDS)
      await db.schema.createIndex(`documents_${band}`).on("documents").column(band).execute();
    await db.schema.createIndex("documents_published").on("documents").column("published").execute();

    await db.schema
      .createTable("document_sources")
      .addColumn("id", id, primary)
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("path", "text")
      .addColumn("url", "text")
      .addColumn("source", "text")
      .addColumn("title", "text")
      .addColumn("published", "text")
      .addColumn("added_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("document_sources_document")
      .on("document_sources")
      .column("document_id")
      .execute();

    await db.schema
      .createTable("mentions")
      .addColumn("id", id, primary)
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("start_offset", "integer", (c) => c.notNull())
      .addColumn("end_offset", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("entity", "text")
      .execute();
    await db.schema.createIndex("mentions_document").on("mentions").column("document_id").execute();
    await db.schema.createIndex("mentions_entity").on("mentions").column("entity").execute();

    await db.schema
      .createTable("events")
      .addColumn("seq", id, primary)
      .addColumn("id", "text", (c) => c.notNull().unique())
      .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("mode", "text", (c) => c.notNull())
      .addColumn("date_start", "text")
      .addColumn("date_end", "text")
      .addColumn("date_precision", "text")
      .addColumn("fatalities", "integer")
      .addColumn("fatalities_qualifier", "text")
      .addColumn("injuries", "integer")
      .addColumn("injuries_qualifier", "text")
      .addColumn("negated", "integer", (c) => c.notNull())
      .addColumn("rules", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("events_document").on("events").column("document_id").execute();
    await db.schema.createIndex("events_type_date").on("events").columns(["type", "date_start"]).execute();
    await db.schema.createIndex("events_date").on("events").columns(["date_start", "date_end"]).execute();

    await db.schema
      .createTable("event_actors")
      .addColumn("event_seq", "integer", (c) => c.notNull().references("events.seq").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("country", "text")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("actor_key", "text", (c) => c.notNull())
      .addColumn("entity", "text")
      .addColumn("title", "text")
      .execute();
    await db.schema.createIndex("event_actors_event").on("event_actors").column("event_seq").execute();
    await db.schema
      .createIndex("event_actors_key")
      .on("event_actors")
      .columns(["actor_key", "event_seq"])
      .execute();
    await db.schema
      .createIndex("event_actors_entity")
      .on("event_actors")
      .columns(["entity", "event_seq"])
      .execute();
    await db.schema
      .createIndex("event_actors_country")
      .on("event_actors")
      .columns(["country", "event_seq"])
      .execute();
    // Names are matched in any case: `lower(name)` is indexed in both dialects.
    await db.schema
      .createIndex("event_actors_name")
      .on("event_actors")
      .expression(sql`lower(name)`)
      .execute();

    await db.schema
      .createTable("event_locations")
      .addColumn("event_seq", "integer", (c) => c.notNull().references("events.seq").onDelete("cascade"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("country", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("lat", backend === "sqlite" ? "real" : "double precision")
      .addColumn("lon", backend === "sqlite" ? "real" : "double precision")
      .addColumn("precision", "text", (c) => c.notNull())
      .addColumn("place_id", "text")
      .execute();
    await db.schema.createIndex("event_locations_event").on("event_locations").column("event_seq").execute();
    await db.schema
      .createIndex("event_locations_country")
      .on("event_locations")
      .columns(["country", "event_seq"])
      .execute();
    await db.schema
      .createIndex("event_locations_name")
      .on("event_locations")
      .expression(sql`lower(name)`)
      .execute();
    await db.schema
      .createIndex("event_locations_admin1")
      .on("event_locations")
      .expression(sql`lower(admin1)`)
      .execute();

    await db.schema
      .createTable("evidence")
      .addColumn("id", id, primary)
      .addColumn("event_seq", "integer", (c) => c.notNull().references("events.seq").onDelete("cascade"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("start_offset", "integer", (c) => c.notNull())
      .addColumn("end_offset", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("evidence_event").on("evidence").column("event_seq").execute();

    await db.schema
      .createTable("event_links")
      .addColumn("event_seq", "integer", (c) => c.notNull().references("events.seq").onDelete("cascade"))
      .addColumn("cause_id", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("event_links_event").on("event_links").column("event_seq").execute();
  },
};

/** Full-text search over documents and evidence: FTS5 tables in SQLite, tsvector columns in PostgreSQL. */
const createFullTextSearch: Migration = {
  version: 2,
  name: "full-text search over documents and evidence",
  async up(db, backend) {
    if (backend === "sqlite") {
      await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
        db,
      );
      await sql`CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='evidence', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
        db,
      );
      return;
    }
    await sql`ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX documents_search ON documents USING gin (search)`.execute(db);
    await sql`ALTER TABLE evidence ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX evidence_search ON evidence USING gin (search)`.execute(db);
  },
};

/**
 * Fusion of reports: which fused event each event belongs to (named by its first member's id)
 * and why it joined; and the pairs a user split apart, which fusion never joins again.
 */
const createFusion: Migration = {
  version: 3,
  name: "fused events and user splits",
  async up(db) {
    await db.schema
      .createTable("fusion")
      .addColumn("event_seq", "integer", (c) => c.primaryKey().references("events.seq").onDelete("cascade"))
      .addColumn("fused_id", "text", (c) => c.notNull())
      .addColumn("score", "integer", (c) => c.notNull())
      .addColumn("reason", "text")
      .execute();
    await db.schema.createIndex("fusion_fused").on("fusion").columns(["fused_id", "event_seq"]).execute();
    await db.schema
      .createTable("fusion_splits")
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("other_id", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("fusion_splits_pair", ["event_id", "other_id"])
      .execute();
  },
};

/** The documents queue workers could not ingest for good (`faultline queue` lists them). */
const createIngestFailures: Migration = {
  version: 4,
  name: "ingest failures",
  async up(db) {
    await db.schema
      .createTable("ingest_failures")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("failed_at", "text", (c) => c.notNull())
      .execute();
  },
};

/**
 * Indexes for queries over a million events. PostgreSQL: a GiST index on each event's days as a
 * range, so that a month's events are found without reading the others (a B-tree on the start or
 * the end day bounds only one side); covering indexes for the actors of a dyad.
 */
const indexForScale: Migration = {
  version: 5,
  name: "indexes for date ranges and dyads",
  async up(db, backend) {
    if (backend === "postgres") {
      // Days are ISO text ('2026-02-22'), in order as text: a range of text compared byte by byte.
      await sql`CREATE TYPE dayrange AS RANGE (subtype = text, collation = "C")`.execute(db);
      await sql`CREATE FUNCTION event_days(start_day text, end_day text) RETURNS dayrange
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT dayrange(least(start_day COLLATE "C", end_day COLLATE "C"),
                              greatest(start_day COLLATE "C", end_day COLLATE "C"), '[]') $$`.execute(db);
      await sql`CREATE INDEX events_days ON events USING gist (event_days(date_start, date_end))
        WHERE date_start IS NOT NULL AND date_end IS NOT NULL`.execute(db);
    }
    await db.schema
      .createIndex("event_actors_party_country")
      .on("event_actors")
      .columns(["country", "kind", "role", "event_seq"])
      .execute();
    await db.schema
      .createIndex("event_actors_party_name")
      .on("event_actors")
      .columns(["name", "kind", "role", "event_seq"])
      .execute();
  },
};

/**
 * PostgreSQL: event_days names its range type with the type's schema. Autovacuum works with a
 * search_path of pg_catalog alone, where the bare name is unknown: every automatic vacuum and
 * analyze of `events` failed ("function dayrange(text, text, unknown) does not exist"), so the
 * planner never had statistics on the events (it read every earlier event of a type to find a
 * week's) and their dead rows were never cleared. Same function otherwise: the index stands.
 */
const qualifyEventDays: Migration = {
  version: 6,
  name: "event_days names the schema of its range type",
  async up(db, backend) {
    if (backend !== "postgres") return;
    const { rows } = await sql<{ schema: string }>`
      SELECT typnamespace::regnamespace::text AS schema FROM pg_type WHERE oid = 'dayrange'::regtype`.execute(
      db,
    );
    const range = `${rows[0]?.schema}.dayrange`;
    await sql`CREATE OR REPLACE FUNCTION event_days(start_day text, end_day text) RETURNS dayrange
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS ${sql.raw(`$$ SELECT ${range}(least(start_day COLLATE "C", end_day COLLATE "C"),
                          greatest(start_day COLLATE "C", end_day COLLATE "C"), '[]') $$`)}`.execute(db);
  },
};

/**
 * Indexes no query reads, which every stored report paid for: mentions by entity (mentions are
 * read by document), and actors by country (the dyad index on country, kind, role and event
 * answers the country filter).
 */
const dropUnreadIndexes: Migration = {
  version: 7,
  name: "drop the indexes no query reads",
  async up(db) {
    await db.schema.dropIndex("mentions_entity").ifExists().execute();
    await db.schema.dropIndex("event_actors_country").ifExists().execute();
  },
};

/** Every migration, oldest first; a store applies those it has not applied yet when it opens. */
export const MIGRATIONS: readonly Migration[] = [
  createCorpusTables,
  createFullTextSearch,
  createFusion,
  createIngestFailures,
  indexForScale,
  qualifyEventDays,
  dropUnreadIndexes,
];
