import type { Insertable } from "kysely";
import { fingerprintBands } from "../core/simHash.ts";
import type { AssembledEvent } from "../resolve/assembleEvents.ts";
import { BANDS } from "./migrations.ts";
import type { NewDocument } from "./Store.ts";
import type { EventActorsTable, EventLocationsTable, EventsTable, Tables } from "./tables.ts";

/** The store-wide id of a document's event: `d12.e3` for event e3 of document 12. */
export const storedEventId = (documentId: number, localId: string) => `d${documentId}.${localId}`;

/** The row of the events table for one assembled event. */
export function eventRow(documentId: number, assembled: AssembledEvent): Omit<EventsTable, "seq"> {
  const { event } = assembled;
  return {
    id: storedEventId(documentId, event.id),
    document_id: documentId,
    type: event.type,
    mode: event.mode,
    date_start: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    date_precision: event.date?.precision ?? null,
    fatalities: event.fatalities?.count ?? null,
    fatalities_qualifier: event.fatalities?.qualifier ?? null,
    injuries: event.injuries?.count ?? null,
    injuries_qualifier: event.injuries?.qualifier ?? null,
    negated: event.negated ? 1 : 0,
    rules: JSON.stringify(assembled.rules),
  };
}

/** The actor rows of an event: source, target and attribution, each with its key and knowledge-base id. */
export function actorRows(seq: number, assembled: AssembledEvent): EventActorsTable[] {
  const rows: EventActorsTable[] = [];
  for (const role of ["source", "target", "attribution"] as const) {
    const printed = assembled.event[role];
    if (!printed) continue;
    const resolved = assembled.resolved[role];
    rows.push({
      event_seq: seq,
      role,
      name: printed.name,
      country: printed.country,
      kind: printed.kind,
      actor_key: resolved?.key ?? printed.name,
      entity: resolved?.entity ?? null,
      title: resolved?.title ?? null,
    });
  }
  return rows;
}

export function locationRows(seq: number, assembled: AssembledEvent): EventLocationsTable[] {
  return assembled.event.locations.map((location, ordinal) => ({
    event_seq: seq,
    ordinal,
    name: location.name,
    country: location.country,
    admin1: location.admin1,
    lat: location.lat,
    lon: location.lon,
    precision: location.precision,
    place_id: assembled.resolved.placeIds[location.name] ?? null,
  }));
}

/** The row of the documents table for a new document (its id to come). */
export function documentRow(document: NewDocument, now: string): Omit<Tables["documents"], "id"> {
  const bands = fingerprintBands(document.fingerprint);
  return {
    name: document.name,
    format: document.format,
    title: document.title,
    url: document.url,
    source: document.source,
    published: document.published,
    published_inferred: document.publishedInferred ? 1 : 0,
    content_hash: document.contentHash,
    fingerprint: document.fingerprint,
    ...(Object.fromEntries(BANDS.map((band, i) => [band, bands[i] ?? ""])) as Record<
      (typeof BANDS)[number],
      string
    >),
    text: document.text,
    prose_start: document.proseStart,
    event_count: document.events.length,
    ingested_at: now,
  };
}

/** A document as stored: its id, its events' positions (in event order) and the rows they key. */
export interface InsertedDocument {
  id: number;
  seqs: number[];
  children: ReturnType<typeof childRows>;
}

/** The rows a document's id and its events' positions (`seqs`, in event order) key: origin, mentions, and each event's parts. */
export function childRows(document: NewDocument, id: number, seqs: readonly number[], now: string) {
  const seqOf = (i: number) => seqs[i] as number;
  return {
    document_sources: [{ document_id: id, ...document.origin, added_at: now }],
    mentions: document.mentions.map((m) => ({
      document_id: id,
      kind: m.kind,
      start_offset: m.start,
      end_offset: m.end,
      text: m.text,
      entity: m.entity,
    })),
    event_actors: document.events.flatMap((e, i) => actorRows(seqOf(i), e)),
    event_locations: document.events.flatMap((e, i) => locationRows(seqOf(i), e)),
    evidence: document.events.flatMap((e, i) =>
      e.event.evidence.map((span, ordinal) => ({
        event_seq: seqOf(i),
        ordinal,
        start_offset: span.start,
        end_offset: span.end,
        text: span.text,
      })),
    ),
    event_links: document.events.flatMap((e, i) =>
      e.event.in_response_to.map((cause) => ({ event_seq: seqOf(i), cause_id: storedEventId(id, cause) })),
    ),
  } satisfies { [T in keyof Tables]?: Insertable<Tables[T]>[] };
}
