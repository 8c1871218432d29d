import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type QueryCreator,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from "kysely";
import { fingerprintBands, hammingDistance, NEAR_DUPLICATE_WORDING, sharedWording } from "../core/simHash.ts";
import type { Backend } from "./Backend.ts";
import { type EventRow, fusionOf, storedEventsOf, toStoredEvent } from "./fromStoredRows.ts";
import { insertDocumentsPostgres } from "./insertDocumentsPostgres.ts";
import { BANDS } from "./migrations.ts";
import { readEventParts } from "./readEventParts.ts";
import type {
  ActorSummary,
  DocumentOrigin,
  DocumentSummary,
  DuplicateMatch,
  EventFilter,
  EventFusion,
  EventPoint,
  EventTally,
  FusionWindow,
  IngestFailure,
  NewDocument,
  ProseToMatch,
  Store,
  StoredDocument,
  StoredEvent,
  StoredEventPage,
  StoredMention,
} from "./Store.ts";
import { StoredEventCache } from "./StoredEventCache.ts";
import { closeFingerprints } from "./sameStory.ts";
import { searchPostgres } from "./searchPostgres.ts";
import { indexSqlite, searchSqlite } from "./searchSqlite.ts";
import type { Tables } from "./tables.ts";
import { childRows, documentRow, eventRow, type InsertedDocument, storedEventId } from "./toStoredRows.ts";

const DEFAULT_PAGE = 100;
/** The first key of the store's advisory locks (the second is the hash of the lock's name). */
const LOCK_SPACE = 7202;
/** Rows per multi-row insert: well under either backend's limit of bound parameters. */
const INSERT_CHUNK = 200;

/** Events a store keeps read (`StoredEventCache`): some 1 KB each, 50 MB in all. */
const CACHED_EVENTS = 50_000;

/** Keys per `IN` list looked up at once: well under either backend's limit of bound parameters. */
const LOOKUP_CHUNK = 10_000;

function chunks<T>(rows: readonly T[], size = INSERT_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const sameOrigin = (a: DocumentOrigin, b: DocumentOrigin) =>
  a.path === b.path && a.url === b.url && a.source === b.source;

type EventScope = ExpressionBuilder<Tables & { e: Tables["events"]; f: Tables["fusion"] }, "e" | "f">;

/**
 * Events (`events as e`) whose days overlap `since` to `until`; in PostgreSQL also in the form of
 * the GiST index on the days (migration 5), which finds them without reading the events before or after.
 */
function overlapsDays(eb: EventScope, since: string, until: string, backend: Backend): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [eb("e.date_end", ">=", since), eb("e.date_start", "<=", until)];
  if (backend === "postgres")
    conditions.push(
      sql<SqlBool>`event_days(e.date_start, e.date_end) && dayrange(${since}, ${until}, '[]')`,
      eb("e.date_start", "is not", null),
      eb("e.date_end", "is not", null),
    );
  return conditions;
}

/**
 * Events (`events as e`) in any of the windows: of a window's type, with days that overlap its
 * days. In PostgreSQL one condition a type: the days against the type's windows as one
 * multirange, which the GiST index on the days answers (one condition a window costs a recheck
 * of each of them on every event read, in a batch with a hundred windows).
 */
function inWindows(eb: EventScope, windows: readonly FusionWindow[], backend: Backend): Expression<SqlBool> {
  if (backend === "sqlite")
    return eb.or(
      windows.map((w) => eb.and([eb("e.type", "=", w.type), ...overlapsDays(eb, w.since, w.until, backend)])),
    );
  const rangesOf = new Map<string, string[]>();
  for (const w of windows) rangesOf.set(w.type, [...(rangesOf.get(w.type) ?? []), `[${w.since},${w.until}]`]);
  return eb.or(
    [...rangesOf].map(([type, ranges]) =>
      eb.and([
        eb("e.type", "=", type),
        sql<SqlBool>`event_days(e.date_start, e.date_end) && ${`{${ranges.join(",")}}`}::daymultirange`,
        eb("e.date_start", "is not", null),
        eb("e.date_end", "is not", null),
      ]),
    ),
  );
}

/** The conditions an event filter puts on `events as e` (with `fusion as f` joined). */
function eventConditions(eb: EventScope, filter: EventFilter, backend: Backend): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.type) conditions.push(eb("e.type", "=", filter.type.toUpperCase()));
  if (filter.since && filter.until && filter.since <= filter.until)
    conditions.push(...overlapsDays(eb, filter.since, filter.until, backend));
  else {
    if (filter.since) conditions.push(eb("e.date_end", ">=", filter.since));
    if (filter.until) conditions.push(eb("e.date_start", "<=", filter.until));
  }
  if (filter.documentId !== undefined) conditions.push(eb("e.document_id", "=", filter.documentId));
  if (filter.documentIds !== undefined)
    conditions.push(
      eb("e.document_id", "in", filter.documentIds.length > 0 ? [...filter.documentIds] : [-1]),
    );
  if (filter.excludeDocumentId !== undefined)
    conditions.push(eb("e.document_id", "!=", filter.excludeDocumentId));
  if (filter.fusedId !== undefined) conditions.push(eb("f.fused_id", "=", filter.fusedId));
  if (filter.fusedIds !== undefined) {
    const ids = filter.fusedIds.length > 0 ? [...filter.fusedIds] : [""];
    // The members found through the indexes first, then those whose fused event is one of these.
    conditions.push(
      eb("e.seq", "in", (sub) =>
        sub
          .selectFrom("fusion")
          .select("event_seq")
          .where("fused_id", "in", ids)
          .union(sub.selectFrom("events").select("seq as event_seq").where("id", "in", ids)),
      ),
      eb(eb.fn.coalesce("f.fused_id", "e.id"), "in", ids),
    );
  }
  if (filter.after !== undefined) conditions.push(eb("e.seq", ">", filter.after));
  // An actor, a place or a country: one `IN` list per index, joined by OR, so that each list is
  // read from its index once and the events are walked in order until a page is full (as a join,
  // the planner would walk the actors' or places' rows in event order instead).
  // biome-ignore lint/suspicious/noExplicitAny: subqueries over either table, correlated to none
  const anyOf = (lists: SelectQueryBuilder<any, any, { event_seq: number }>[]) =>
    eb.or(lists.map((list) => eb("e.seq", "in", list)));
  const actors = eb.selectFrom("event_actors").select("event_seq");
  const locations = eb.selectFrom("event_locations").select("event_seq");
  if (filter.actor) {
    const actor = filter.actor;
    conditions.push(
      anyOf([
        actors.where("actor_key", "in", [actor, actor.toUpperCase()]),
        actors.where("entity", "=", actor),
        actors.where((w) => w(w.fn("lower", ["name"]), "=", actor.toLowerCase())),
      ]),
    );
  }
  if (filter.place) {
    const place = filter.place.toLowerCase();
    conditions.push(
      anyOf([
        locations.where((w) => w(w.fn("lower", ["name"]), "=", place)),
        locations.where((w) => w(w.fn("lower", ["admin1"]), "=", place)),
      ]),
    );
  }
  if (filter.country) {
    const country = filter.country.toUpperCase();
    conditions.push(
      anyOf([
        locations.where("country", "=", country),
        actors.where("country", "=", country).where("role", "in", ["source", "target"]),
      ]),
    );
  }
  return conditions;
}

/** A row of `documentSummaries()` as the Store gives it. */
function summaryOf(r: {
  id: number;
  name: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string;
  published_inferred: number;
  event_count: number;
  origins: number | null;
  ingested_at: string;
}): DocumentSummary {
  return {
    id: r.id,
    name: r.name,
    title: r.title,
    url: r.url,
    source: r.source,
    published: r.published,
    publishedInferred: r.published_inferred === 1,
    eventCount: r.event_count,
    origins: Number(r.origins ?? 0),
    ingestedAt: r.ingested_at,
  };
}

/** The store over either backend: the queries are shared, full-text search is each backend's own. */
export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Tables>,
    readonly backend: Backend,
    private readonly cache = new StoredEventCache(CACHED_EVENTS),
  ) {}

  async findDuplicates(proses: readonly ProseToMatch[]): Promise<(DuplicateMatch | null)[]> {
    if (proses.length === 0) return [];
    const bands = proses.map((p) => fingerprintBands(p.fingerprint));
    // The exact copies and the candidates that share a band with any of the proses, in one query.
    const candidates = await this.db
      .selectFrom("documents")
      .select(["id", "fingerprint", "content_hash"])
      .where((eb) =>
        eb.or([
          eb(
            "content_hash",
            "in",
            proses.map((p) => p.contentHash),
          ),
          ...BANDS.map((band, i) => eb(band, "in", [...new Set(bands.map((b) => b[i] ?? ""))])),
        ]),
      )
      .execute();
    const nearOf = proses.map((p) =>
      candidates
        .filter((c) => closeFingerprints(p.fingerprint, c.fingerprint))
        .map((c) => ({ id: c.id, distance: hammingDistance(c.fingerprint, p.fingerprint) }))
        .sort((a, b) => a.distance - b.distance || a.id - b.id),
    );
    // The wording of every near candidate, in one query.
    const nearIds = [...new Set(nearOf.flatMap((near) => near.map((c) => c.id)))];
    const proseOf = new Map<number, string>();
    if (nearIds.length > 0)
      for (const row of await this.db
        .selectFrom("documents")
        .select(["id", "text", "prose_start"])
        .where("id", "in", nearIds)
        .execute())
        proseOf.set(row.id, row.text.slice(row.prose_start));
    return proses.map((p, i) => {
      const exact = candidates.find((c) => c.content_hash === p.contentHash);
      if (exact) return { documentId: exact.id, exact: true };
      const near = nearOf[i]?.find(
        (c) => sharedWording(proseOf.get(c.id) ?? "", p.prose) >= NEAR_DUPLICATE_WORDING,
      );
      return near ? { documentId: near.id, exact: false } : null;
    });
  }

  async addOrigin(documentId: number, origin: DocumentOrigin): Promise<boolean> {
    const known = await this.db
      .selectFrom("document_sources")
      .select(["path", "url", "source"])
      .where("document_id", "=", documentId)
      .execute();
    if (known.some((k) => sameOrigin(k as DocumentOrigin, origin))) return false;
    await this.db
      .insertInto("document_sources")
      .values({ document_id: documentId, ...origin, added_at: new Date().toISOString() })
      .execute();
    return true;
  }

  async addDocuments(documents: readonly NewDocument[]): Promise<number[]> {
    if (documents.length === 0) return [];
    const stored =
      this.backend === "postgres"
        ? await insertDocumentsPostgres(this.db, documents)
        : await this.insertDocumentsSqlite(documents);
    // Kept as read: fusion reads them next, and the candidates of the documents after them.
    for (const [k, inserted] of stored.entries())
      for (const [seq, event] of storedEventsOf(documents[k] as NewDocument, inserted))
        this.cache.add(seq, event);
    return stored.map((s) => s.id);
  }

  /** Stores documents in SQLite, in one transaction: each document's row, then its events', then their parts. */
  private insertDocumentsSqlite(documents: readonly NewDocument[]) {
    return this.db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      const stored: InsertedDocument[] = [];
      for (const document of documents) {
        const { id } = await trx
          .insertInto("documents")
          .values(documentRow(document, now))
          .returning("id")
          .executeTakeFirstOrThrow();
        // A statement per table, not per event: a document's events, then all their rows.
        const seqOf = new Map<string, number>();
        for (const rows of chunks(document.events.map((e) => eventRow(id, e)))) {
          const inserted = await trx.insertInto("events").values(rows).returning(["seq", "id"]).execute();
          for (const row of inserted) seqOf.set(row.id, row.seq);
        }
        const seqs = document.events.map((e) => seqOf.get(storedEventId(id, e.event.id)) as number);
        const children = childRows(document, id, seqs, now);
        for (const [table, rows] of Object.entries(children))
          for (const chunk of chunks<object>(rows))
            await trx
              .insertInto(table as keyof Tables)
              .values(chunk as never)
              .execute();
        await indexSqlite(trx, id);
        stored.push({ id, seqs, children });
      }
      return stored;
    });
  }

  private documentSummaries() {
    return this.db.selectFrom("documents as d").select((eb) => [
      "d.id",
      "d.name",
      "d.title",
      "d.url",
      "d.source",
      "d.published",
      "d.published_inferred",
      "d.event_count",
      "d.ingested_at",
      eb
        .selectFrom("document_sources as s")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("s.document_id", "=", "d.id")
        .as("origins"),
    ]);
  }

  async documents(options: { limit?: number } = {}): Promise<DocumentSummary[]> {
    const rows = await this.documentSummaries()
      .orderBy("d.published")
      .orderBy("d.id")
      .limit(options.limit ?? 1_000_000)
      .execute();
    return rows.map(summaryOf);
  }

  async document(id: number): Promise<StoredDocument | null> {
    const row = await this.documentSummaries().where("d.id", "=", id).executeTakeFirst();
    if (!row) return null;
    const { text, prose_start } = await this.db
      .selectFrom("documents")
      .select(["text", "prose_start"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const originList = await this.db
      .selectFrom("document_sources")
      .select(["path", "url", "source", "title", "published"])
      .where("document_id", "=", id)
      .orderBy("id")
      .execute();
    return { ...summaryOf(row), text, proseStart: prose_start, originList };
  }

  /** Events with their document's metadata and their fusion, for the event queries to filter. */
  private eventRows() {
    return this.db
      .selectFrom("events as e")
      .innerJoin("documents as d", "d.id", "e.document_id")
      .leftJoin("fusion as f", "f.event_seq", "e.seq")
      .selectAll("e")
      .select([
        "d.name as document_name",
        "d.title as document_title",
        "d.url as document_url",
        "d.source as document_source",
        "d.published as document_published",
        "f.fused_id as fused_id",
        "f.score as fusion_score",
        "f.reason as fusion_reason",
      ]);
  }

  async mentions(documentId: number): Promise<StoredMention[]> {
    const rows = await this.db
      .selectFrom("mentions")
      .select(["kind", "start_offset", "end_offset", "text", "entity"])
      .where("document_id", "=", documentId)
      .orderBy("start_offset")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      kind: r.kind as StoredMention["kind"],
      start: r.start_offset,
      end: r.end_offset,
      text: r.text,
      entity: r.entity,
    }));
  }

  async events(filter: EventFilter = {}): Promise<StoredEventPage> {
    const limit = filter.limit ?? DEFAULT_PAGE;
    let query = this.eventRows();
    query = query.where((eb) => eb.and(eventConditions(eb, filter, this.backend)));
    const rows = await query
      .orderBy("e.seq")
      .limit(limit + 1)
      .execute();
    const page = rows.slice(0, limit);
    const events = await this.hydrate(page);
    return { events, next: rows.length > limit ? (page.at(-1)?.seq ?? null) : null };
  }

  async eventPoints(filter: EventFilter = {}, limit = 200_000): Promise<EventPoint[]> {
    const rows = await this.db
      .selectFrom("events as e")
      .leftJoin("fusion as f", "f.event_seq", "e.seq")
      .innerJoin("event_locations as l", "l.event_seq", "e.seq")
      .select([
        "e.id",
        "f.fused_id",
        "e.type",
        "e.mode",
        "e.date_start",
        "e.date_end",
        "e.fatalities",
        "l.name",
        "l.country",
        "l.lat",
        "l.lon",
        "l.precision",
      ])
      .where("l.lat", "is not", null)
      .where((eb) => eb.and(eventConditions(eb, filter, this.backend)))
      .orderBy("e.seq")
      .orderBy("l.ordinal")
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      fusedId: r.fused_id ?? r.id,
      type: r.type,
      mode: r.mode,
      start: r.date_start,
      end: r.date_end,
      fatalities: r.fatalities,
      place: r.name,
      country: r.country,
      lat: r.lat as number,
      lon: r.lon as number,
      precision: r.precision,
    }));
  }

  /** The events of these rows, their parts read for those not in the cache. */
  private async hydrate(rows: EventRow[]): Promise<StoredEvent[]> {
    const cached = rows.map((row) => this.cache.get(row.seq, fusionOf(row)));
    const missing = rows.filter((_, i) => cached[i] === null);
    if (missing.length === 0) return cached as StoredEvent[];
    const parts = await readEventParts(
      this.db,
      this.backend,
      missing.map((r) => r.seq),
    );
    return rows.map((row, i) => {
      const hit = cached[i];
      if (hit) return hit;
      const stored = toStoredEvent(row, parts);
      this.cache.add(row.seq, stored);
      return stored;
    });
  }

  async event(id: string): Promise<StoredEvent | null> {
    const row = await this.eventRows().where("e.id", "=", id).executeTakeFirst();
    return row ? ((await this.hydrate([row]))[0] ?? null) : null;
  }

  async actors(): Promise<ActorSummary[]> {
    const rows = await this.db
      .selectFrom("event_actors")
      .select((eb) => [
        "actor_key",
        "role",
        "name",
        "country",
        "kind",
        "entity",
        eb.fn.countAll<number>().as("n"),
      ])
      .groupBy(["actor_key", "role", "name", "country", "kind", "entity"])
      .execute();
    const byKey = new Map<string, ActorSummary & { nameCounts: Map<string, number> }>();
    for (const row of rows) {
      const n = Number(row.n);
      let actor = byKey.get(row.actor_key);
      if (!actor) {
        actor = {
          key: row.actor_key,
          names: [],
          country: row.country,
          kind: row.kind,
          entity: row.entity,
          asSource: 0,
          asTarget: 0,
          asAttribution: 0,
          nameCounts: new Map(),
        };
        byKey.set(row.actor_key, actor);
      }
      actor.entity ??= row.entity;
      actor.nameCounts.set(row.name, (actor.nameCounts.get(row.name) ?? 0) + n);
      if (row.role === "source") actor.asSource += n;
      else if (row.role === "target") actor.asTarget += n;
      else actor.asAttribution += n;
    }
    return [...byKey.values()]
      .map(({ nameCounts, ...actor }) => ({
        ...actor,
        names: [...nameCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name),
      }))
      .sort(
        (a, b) =>
          b.asSource + b.asTarget + b.asAttribution - (a.asSource + a.asTarget + a.asAttribution) ||
          a.key.localeCompare(b.key),
      );
  }

  async eventTallies(filter: EventFilter = {}): Promise<EventTally[]> {
    const fused = sql<string>`coalesce(f.fused_id, e.id)`;
    // A report's dates as one text that sorts narrowest first, then by start: the width in days
    // (offset to stay positive, zero-padded), the start day and the end day.
    const dated =
      this.backend === "sqlite"
        ? sql<string>`printf('%07d', julianday(e.date_end) - julianday(e.date_start) + 500000) || e.date_start || e.date_end`
        : sql<string>`lpad((e.date_end::date - e.date_start::date + 500000)::text, 7, '0') || e.date_start || e.date_end`;
    // A fused event: the reports it has among the filter's, its narrowest date, its deaths. Reports
    // fuse only with reports of their type: a fused event's type is any of its reports'.
    const events = this.db
      .selectFrom("events as e")
      .leftJoin("fusion as f", "f.event_seq", "e.seq")
      .select([
        sql<string>`min(e.type)`.as("type"),
        sql<string | null>`min(${dated})`.as("dates"),
        sql<number | null>`min(e.fatalities)`.as("low"),
        sql<number | null>`max(e.fatalities)`.as("high"),
      ])
      .where((eb) => eb.and(eventConditions(eb, filter, this.backend)))
      .groupBy(fused);
    const rows = await this.db
      .selectFrom(events.as("t"))
      .select((eb) => [
        "t.type",
        "t.dates",
        eb.fn.countAll<number>().as("events"),
        sql<number | null>`sum(t.low)`.as("low"),
        sql<number | null>`sum(t.high)`.as("high"),
      ])
      .groupBy(["t.type", "t.dates"])
      .orderBy("t.type")
      .orderBy("t.dates")
      .execute();
    return rows.map((r) => ({
      type: r.type,
      start: r.dates?.slice(7, 17) ?? null,
      end: r.dates?.slice(17, 27) ?? null,
      events: Number(r.events),
      killedLow: Number(r.low ?? 0),
      killedHigh: Number(r.high ?? 0),
    }));
  }

  async fusedIdsWithParties(filter: EventFilter, parties: readonly string[]): Promise<string[]> {
    if (parties.length === 0) return [];
    // The parties' rows first, each kind of key from its covering index alone (a dyad is rare among
    // a million events): a state or civilians by country and kind, any other actor by name. Joined
    // to the events in SQL, the planner would walk all of them.
    const rowsOf = (db: QueryCreator<Tables>, party: string) => {
      const [, country, kind] = /^(.+):(STATE|CIVILIANS)$/.exec(party) ?? [];
      const byName = db
        .selectFrom("event_actors")
        .select(["event_seq", "role"])
        .where("name", "=", party)
        .where("kind", "not in", ["STATE", "CIVILIANS"])
        .where("role", "in", ["source", "target"]);
      if (!country || !kind) return byName;
      return byName.unionAll(
        db
          .selectFrom("event_actors")
          .select(["event_seq", "role"])
          .where((eb) => (country === "?" ? eb("country", "is", null) : eb("country", "=", country)))
          .where("kind", "=", kind)
          .where("role", "in", ["source", "target"]),
      );
    };
    const [first, ...others] = parties.map((party) => rowsOf(this.db, party));
    const partyRows = await others
      .reduce((q, next) => q.unionAll(next), first as ReturnType<typeof rowsOf>)
      .execute();
    // Then their events, by primary key, that the filter selects.
    const seqs = [...new Set(partyRows.map((r) => r.event_seq))];
    const fusedOf = new Map<number, string>();
    for (const chunk of chunks(seqs, LOOKUP_CHUNK)) {
      const events = await this.db
        .selectFrom("events as e")
        .leftJoin("fusion as f", "f.event_seq", "e.seq")
        .select(["e.seq", sql<string>`coalesce(f.fused_id, e.id)`.as("fused_id")])
        .where("e.seq", "in", chunk)
        .where((eb) => eb.and(eventConditions(eb, filter, this.backend)))
        .execute();
      for (const e of events) fusedOf.set(e.seq, e.fused_id);
    }
    const roles = new Map<string, Set<string>>();
    for (const { event_seq, role } of partyRows) {
      const fusedId = fusedOf.get(event_seq);
      if (fusedId === undefined) continue;
      roles.set(fusedId, (roles.get(fusedId) ?? new Set()).add(role));
    }
    return [...roles]
      .filter(([, r]) => r.has("source") && r.has("target"))
      .map(([fusedId]) => fusedId)
      .sort();
  }

  search(query: string, options: { limit?: number } = {}) {
    const limit = options.limit ?? 20;
    return this.backend === "sqlite"
      ? searchSqlite(this.db, query, limit)
      : searchPostgres(this.db, query, limit);
  }

  async counts(): Promise<{ documents: number; events: number }> {
    const documents = await this.db
      .selectFrom("documents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const events = await this.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return { documents: Number(documents.n), events: Number(events.n) };
  }

  async fusionCandidates(
    windows: readonly FusionWindow[],
    excludeDocumentIds: readonly number[],
    limit: number,
  ): Promise<StoredEvent[]> {
    if (windows.length === 0) return [];
    // Their positions and fusion first; then the rest of those not in the cache (fusion reads
    // the same candidates batch after batch).
    const found = await this.db
      .selectFrom("events as e")
      .innerJoin("fusion as f", "f.event_seq", "e.seq")
      .select(["e.seq", "f.fused_id", "f.score as fusion_score", "f.reason as fusion_reason"])
      .where("e.document_id", "not in", excludeDocumentIds.length > 0 ? [...excludeDocumentIds] : [-1])
      .where((eb) => inWindows(eb, windows, this.backend))
      .orderBy("e.seq")
      .limit(limit)
      .execute();
    const candidates = new Map<number, StoredEvent>();
    const unread: number[] = [];
    for (const row of found) {
      const cached = this.cache.get(row.seq, fusionOf(row));
      if (cached) candidates.set(row.seq, cached);
      else unread.push(row.seq);
    }
    for (const seqs of chunks(unread, LOOKUP_CHUNK)) {
      const rows = await this.eventRows().where("e.seq", "in", seqs).execute();
      const read = await this.hydrate(rows);
      for (const [i, row] of rows.entries()) candidates.set(row.seq, read[i] as StoredEvent);
    }
    return found.map((row) => candidates.get(row.seq) as StoredEvent);
  }

  async setFusions(fusions: readonly { eventId: string; fusion: EventFusion }[]): Promise<void> {
    for (const chunk of chunks(fusions)) {
      const values = sql.join(
        chunk.map(
          ({ eventId, fusion }) =>
            sql`(${eventId}, ${fusion.fusedId}, CAST(${fusion.score} AS integer), ${fusion.reason})`,
        ),
      );
      // By event id, in one statement; "WHERE true" tells SQLite's parser the upsert from the join.
      const { rows } = await sql<{ event_seq: number }>`
        WITH v(id, fused_id, score, reason) AS (VALUES ${values})
        INSERT INTO fusion (event_seq, fused_id, score, reason)
        SELECT e.seq, v.fused_id, v.score, v.reason FROM v JOIN events e ON e.id = v.id WHERE true
        ON CONFLICT (event_seq) DO UPDATE
          SET fused_id = excluded.fused_id, score = excluded.score, reason = excluded.reason
        RETURNING event_seq`.execute(this.db);
      const ids = new Set(chunk.map((f) => f.eventId));
      if (rows.length < ids.size) throw new Error(`no event for some of "${[...ids].join('", "')}"`);
    }
  }

  async clearFusion(): Promise<void> {
    await this.db.deleteFrom("fusion").execute();
  }

  async addSplit(eventId: string, otherId: string): Promise<void> {
    const created_at = new Date().toISOString();
    await this.db
      .insertInto("fusion_splits")
      .values([
        { event_id: eventId, other_id: otherId, created_at },
        { event_id: otherId, other_id: eventId, created_at },
      ])
      .onConflict((c) => c.columns(["event_id", "other_id"]).doNothing())
      .execute();
  }

  async splitsOf(eventIds: readonly string[]): Promise<Map<string, string[]>> {
    const splits = new Map<string, string[]>();
    for (const ids of chunks(eventIds)) {
      const rows = await this.db
        .selectFrom("fusion_splits")
        .select(["event_id", "other_id"])
        .where("event_id", "in", ids)
        .orderBy("event_id")
        .orderBy("other_id")
        .execute();
      for (const row of rows) splits.set(row.event_id, [...(splits.get(row.event_id) ?? []), row.other_id]);
    }
    return splits;
  }

  /** The exclusive work of this process on SQLite, one after the other (SQLite has one writer at a time anyway). */
  private exclusiveTail: Promise<unknown> = Promise.resolve();

  exclusive<T>(keys: readonly string[], work: (store: Store) => Promise<T>): Promise<T> {
    if (this.backend === "sqlite") {
      const run = this.exclusiveTail.then(() => work(this));
      this.exclusiveTail = run.catch(() => {});
      return run;
    }
    return this.db.connection().execute(async (connection) => {
      const sorted = [...new Set(keys)].sort();
      // Taken in one statement, one after the other in the same order everywhere: no two workers
      // wait for each other.
      if (sorted.length > 0)
        await sql`SELECT count(pg_advisory_lock(${LOCK_SPACE}, hashtext(k))) FROM unnest(${sorted}::text[]) AS k`.execute(
          connection,
        );
      try {
        return await work(new KyselyStore(connection, this.backend, this.cache));
      } finally {
        await sql`SELECT pg_advisory_unlock_all()`.execute(connection);
      }
    });
  }

  async recordFailure(failure: IngestFailure): Promise<void> {
    const row = { name: failure.name, reason: failure.reason, failed_at: new Date().toISOString() };
    await this.db
      .insertInto("ingest_failures")
      .values({ key: failure.key, ...row })
      .onConflict((c) => c.column("key").doUpdateSet(row))
      .execute();
  }

  async failures(limit = 100): Promise<(IngestFailure & { failedAt: string })[]> {
    const rows = await this.db
      .selectFrom("ingest_failures")
      .selectAll()
      .orderBy("failed_at", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ key: r.key, name: r.name, reason: r.reason, failedAt: r.failed_at }));
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
