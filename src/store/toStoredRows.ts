import type { AssembledEvent } from "../resolve/assembleEvents.ts";
import type { EventActorsTable, EventLocationsTable, EventsTable } from "./tables.ts";

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
