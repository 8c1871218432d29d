import { type Kysely, sql } from "kysely";
import type { Backend } from "./Backend.ts";
import { type EventParts, groupBySeq } from "./fromStoredRows.ts";
import type { EventActorsTable, EventLinksTable, EventLocationsTable, Tables } from "./tables.ts";

/**
 * A row of any of the four tables, its columns in shared slots: text in t1..t7, integers in
 * i1..i3, reals in r1, r2 (typed in the first branch: PostgreSQL types a union's columns from it).
 */
interface PartRow {
  part: "actor" | "location" | "evidence" | "link";
  event_seq: number;
  t1: string | null;
  t2: string | null;
  t3: string | null;
  t4: string | null;
  t5: string | null;
  t6: string | null;
  t7: string | null;
  i1: number | null;
  i2: number | null;
  i3: number | null;
  r1: number | null;
  r2: number | null;
}

/**
 * The actors, locations, evidence and causal links of these events, in one query (one round trip
 * instead of four: fusion reads a batch's events and its candidates under its locks). Both take
 * the positions as one parameter, PostgreSQL as an array and SQLite as JSON: fusion reads
 * thousands, as many parameters to parse and plan in each of the four branches (and, four times
 * over, past SQLite's limit of 32,766).
 */
export async function readEventParts(
  db: Kysely<Tables>,
  backend: Backend,
  seqs: readonly number[],
): Promise<EventParts> {
  const among =
    backend === "postgres"
      ? sql`= ANY(${seqs}::integer[])`
      : sql`IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
  const { rows } = await sql<PartRow>`
    SELECT 'actor' AS part, event_seq, role AS t1, name AS t2, country AS t3, kind AS t4, actor_key AS t5,
           entity AS t6, title AS t7, CAST(NULL AS integer) AS i1, CAST(NULL AS integer) AS i2,
           CAST(NULL AS integer) AS i3, CAST(NULL AS double precision) AS r1,
           CAST(NULL AS double precision) AS r2
      FROM event_actors WHERE event_seq ${among}
    UNION ALL
    SELECT 'location', event_seq, name, country, admin1, precision, place_id, NULL, NULL,
           ordinal, NULL, NULL, lat, lon
      FROM event_locations WHERE event_seq ${among}
    UNION ALL
    SELECT 'evidence', event_seq, text, NULL, NULL, NULL, NULL, NULL, NULL,
           ordinal, start_offset, end_offset, NULL, NULL
      FROM evidence WHERE event_seq ${among}
    UNION ALL
    SELECT 'link', event_seq, cause_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM event_links WHERE event_seq ${among}`.execute(db);
  const of = (part: PartRow["part"]) => rows.filter((r) => r.part === part);
  return {
    actors: groupBySeq(
      of("actor").map(
        (r): EventActorsTable => ({
          event_seq: r.event_seq,
          role: r.t1 as EventActorsTable["role"],
          name: r.t2 as string,
          country: r.t3,
          kind: r.t4 as string,
          actor_key: r.t5 as string,
          entity: r.t6,
          title: r.t7,
        }),
      ),
    ),
    locations: groupBySeq(
      of("location").map(
        (r): EventLocationsTable => ({
          event_seq: r.event_seq,
          ordinal: r.i1 as number,
          name: r.t1 as string,
          country: r.t2 as string,
          admin1: r.t3,
          lat: r.r1,
          lon: r.r2,
          precision: r.t4 as string,
          place_id: r.t5,
        }),
      ),
    ),
    evidence: groupBySeq(
      of("evidence").map((r) => ({
        event_seq: r.event_seq,
        ordinal: r.i1 as number,
        start_offset: r.i2 as number,
        end_offset: r.i3 as number,
        text: r.t1 as string,
      })),
    ),
    links: groupBySeq(
      of("link").map((r): EventLinksTable => ({ event_seq: r.event_seq, cause_id: r.t1 as string })),
    ),
  };
}
