/**
 * Fills a store with a large number of made-up events, straight into its tables in bulk (no
 * extraction), for query benchmarks: actors, places and dates drawn from the knowledge base with a
 * seeded generator; evidence sentences from our own templates, so that full-text search has
 * words to find.
 */
import type { Insertable, Kysely } from "kysely";
import { sql } from "kysely";
import type { ActorKind } from "../src/core/actor.ts";
import { fingerprintBands, simHash } from "../src/core/simHash.ts";
import type { KnowledgeBase } from "../src/knowledge/KnowledgeBase.ts";
import { placeId } from "../src/knowledge/placeId.ts";
import type { Place } from "../src/knowledge/types.ts";
import type { Backend } from "../src/store/Backend.ts";
import { BANDS } from "../src/store/migrations.ts";
import type { Tables } from "../src/store/tables.ts";

interface BenchActor {
  name: string;
  country: string | null;
  kind: ActorKind;
  key: string;
  entity: string;
}

const TEMPLATES: { type: string; mode: string; text: (s: string, t: string, p: string) => string }[] = [
  {
    type: "ASSAULT",
    mode: "air",
    text: (s, t, p) => `${s} carried out air strikes on ${t} positions near ${p}.`,
  },
  {
    type: "ASSAULT",
    mode: "shelling",
    text: (s, t, p) => `${s} shelled villages held by ${t} outside ${p}.`,
  },
  {
    type: "ASSAULT",
    mode: "armed_clash",
    text: (s, t, p) => `${s} and ${t} exchanged fire for hours near ${p}.`,
  },
  {
    type: "ASSAULT",
    mode: "bombing",
    text: (s, t, p) => `A bomb planted by ${s} hit a convoy of ${t} in ${p}.`,
  },
  {
    type: "ACCUSE",
    mode: "harbouring",
    text: (s, t, p) => `${s} accused ${t} of sheltering fighters around ${p}.`,
  },
  { type: "REJECT", mode: "deny", text: (s, t) => `${s} denied the allegation made by ${t}.` },
  { type: "THREATEN", mode: "retaliation", text: (s, t) => `${s} warned ${t} of a forceful response.` },
  {
    type: "PROTEST",
    mode: "condemn",
    text: (s, t, p) => `${s} condemned the attack by ${t} on a market in ${p}.`,
  },
  { type: "CONSULT", mode: "talks", text: (s, t, p) => `Delegations of ${s} and ${t} held talks in ${p}.` },
  {
    type: "AGREE",
    mode: "ceasefire",
    text: (s, t) => `${s} and ${t} agreed to a ceasefire after mediation.`,
  },
  {
    type: "COERCE",
    mode: "border_closure",
    text: (s, t, p) => `${s} closed the crossing at ${p} to traffic from ${t}.`,
  },
  { type: "SUPPORT", mode: "endorse", text: (s, t) => `${s} voiced support for ${t} in the dispute.` },
];

/** Mulberry32, seeded: the same seed fills the same store. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

function vocabulary(kb: KnowledgeBase) {
  const states: BenchActor[] = [...kb.countries.values()]
    .filter((c) => c.lat !== null)
    .slice(0, 120)
    .map((c) => ({
      name: c.name,
      country: c.iso3,
      kind: "STATE",
      key: `${c.iso3}:STATE`,
      entity: `country:${c.iso3}`,
    }));
  const groups: BenchActor[] = [...kb.organisations.values()].slice(0, 200).map((o) => ({
    name: o.name,
    country: o.country,
    kind: o.kind,
    key: o.kind === "STATE" ? `${o.country}:STATE` : o.name,
    entity: `organisation:${o.id}`,
  }));
  const places: Place[] = kb.places.places.filter((p) => p.level === "city" && p.population >= 300_000);
  return { actors: [...states, ...groups], places };
}

const day = (offset: number) =>
  new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Inserts `events` made-up events, `perDocument` to a document, in batches; returns the seconds it took. */
export async function fillStore(
  db: Kysely<Tables>,
  backend: Backend,
  kb: KnowledgeBase,
  { events, perDocument, seed }: { events: number; perDocument: number; seed: number },
  onProgress: (done: number) => void = () => {},
): Promise<void> {
  const random = seeded(seed);
  const { actors, places } = vocabulary(kb);
  const documents = Math.ceil(events / perDocument);
  const BATCH_DOCUMENTS = 100;
  const first = await db
    .selectFrom("events")
    .select((eb) => eb.fn.max("seq").as("max"))
    .executeTakeFirst();
  let seq = Number(first?.max ?? 0);
  const firstDocument = await db
    .selectFrom("documents")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  let documentId = Number(firstDocument?.max ?? 0);
  for (let start = 0; start < documents; start += BATCH_DOCUMENTS) {
    const documentRows: Insertable<Tables["documents"]>[] = [];
    const eventRows: Insertable<Tables["events"]>[] = [];
    const actorRows: Tables["event_actors"][] = [];
    const locationRows: Tables["event_locations"][] = [];
    const evidenceRows: Omit<Tables["evidence"], "id">[] = [];
    for (let d = start; d < Math.min(documents, start + BATCH_DOCUMENTS); d++) {
      documentId++;
      const published = day(random(2_400));
      const sentences: string[] = [];
      for (let e = 0; e < perDocument; e++) {
        seq++;
        const template = TEMPLATES[random(TEMPLATES.length)] as (typeof TEMPLATES)[number];
        const source = actors[random(actors.length)] as BenchActor;
        const target = actors[random(actors.length)] as BenchActor;
        const place = places[random(places.length)] as Place;
        const text = template.text(source.name, target.name, place.name);
        const offset = sentences.join(" ").length + (sentences.length > 0 ? 1 : 0);
        sentences.push(text);
        const date = day(random(2_400));
        eventRows.push({
          seq,
          id: `d${documentId}.e${e + 1}`,
          document_id: documentId,
          type: template.type,
          mode: template.mode,
          date_start: date,
          date_end: date,
          date_precision: "day",
          fatalities: template.type === "ASSAULT" ? random(40) : null,
          fatalities_qualifier: template.type === "ASSAULT" ? "exact" : null,
          injuries: null,
          injuries_qualifier: null,
          negated: 0,
          rules: "[]",
        });
        for (const [role, actor] of [
          ["source", source],
          ["target", target],
        ] as const)
          actorRows.push({
            event_seq: seq,
            role,
            name: actor.name,
            country: actor.country,
            kind: actor.kind,
            actor_key: actor.key,
            entity: actor.entity,
            title: null,
          });
        locationRows.push({
          event_seq: seq,
          ordinal: 0,
          name: place.name,
          country: place.country,
          admin1: place.admin1,
          lat: place.lat,
          lon: place.lon,
          precision: "city",
          place_id: placeId(place),
        });
        evidenceRows.push({
          event_seq: seq,
          ordinal: 0,
          start_offset: offset,
          end_offset: offset + text.length,
          text,
        });
      }
      const text = sentences.join(" ");
      const fingerprint = simHash(text);
      const bands = fingerprintBands(fingerprint);
      documentRows.push({
        id: documentId,
        name: `generated-${documentId}.txt`,
        format: "text",
        title: null,
        url: null,
        source: "generated",
        published,
        published_inferred: 0,
        content_hash: `generated-${seed}-${documentId}`,
        fingerprint,
        ...(Object.fromEntries(BANDS.map((band, i) => [band, bands[i] ?? ""])) as Record<
          (typeof BANDS)[number],
          string
        >),
        text,
        prose_start: 0,
        event_count: perDocument,
        ingested_at: new Date().toISOString(),
      });
    }
    await db.transaction().execute(async (trx) => {
      const insert = async <T extends keyof Tables>(table: T, rows: readonly object[]) => {
        for (let i = 0; i < rows.length; i += 500)
          await trx
            .insertInto(table)
            .values(rows.slice(i, i + 500) as never)
            .execute();
      };
      await insert("documents", documentRows);
      await insert("events", eventRows);
      await insert("event_actors", actorRows);
      await insert("event_locations", locationRows);
      await insert("evidence", evidenceRows);
    });
    onProgress(Math.min(events, seq));
  }
  if (backend === "sqlite") {
    await sql`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`.execute(db);
    await sql`INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')`.execute(db);
  } else {
    // Explicit ids were inserted: move the sequences past them, then refresh the planner's statistics.
    for (const [table, column] of [
      ["documents", "id"],
      ["events", "seq"],
    ] as const)
      await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), (SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}))`.execute(
        db,
      );
  }
  await sql`ANALYZE`.execute(db);
}
