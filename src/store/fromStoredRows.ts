import type { Selectable } from "kysely";
import type { Actor, ActorKind } from "../core/actor.ts";
import type { Count, CountQualifier, PlacePrecision } from "../core/ConflictEvent.ts";
import type { DatePrecision } from "../core/DateRange.ts";
import type { EventFusion, NewDocument, StoredEvent } from "./Store.ts";
import type {
  EventActorsTable,
  EventLinksTable,
  EventLocationsTable,
  EventsTable,
  EvidenceTable,
} from "./tables.ts";
import { eventRow, type InsertedDocument } from "./toStoredRows.ts";

export type EventRow = Selectable<EventsTable> & {
  document_name: string;
  document_title: string | null;
  document_url: string | null;
  document_source: string | null;
  document_published: string;
  fused_id: string | null;
  fusion_score: number | null;
  fusion_reason: string | null;
};

/** The rows that belong to a page of events, grouped by event. */
export interface EventParts {
  actors: Map<number, EventActorsTable[]>;
  locations: Map<number, EventLocationsTable[]>;
  evidence: Map<number, Omit<Selectable<EvidenceTable>, "id">[]>;
  links: Map<number, EventLinksTable[]>;
}

const count = (value: number | null, qualifier: string | null): Count | null =>
  value === null ? null : { count: value, qualifier: (qualifier ?? "exact") as CountQualifier };

/** An event's fusion from the columns of its `fusion` row (null when fusion has not seen it). */
export function fusionOf(
  row: Pick<EventRow, "fused_id" | "fusion_score" | "fusion_reason">,
): EventFusion | null {
  return row.fused_id === null
    ? null
    : { fusedId: row.fused_id, score: row.fusion_score ?? 0, reason: row.fusion_reason };
}

/** Builds a stored event back from its rows, in the shape GUIDELINE.md §8 prints. */
export function toStoredEvent(row: EventRow, parts: EventParts): StoredEvent {
  const actors = parts.actors.get(row.seq) ?? [];
  const actorIn = (role: EventActorsTable["role"]) => actors.find((a) => a.role === role) ?? null;
  const printed = (a: EventActorsTable | null): Actor | null =>
    a ? { name: a.name, country: a.country, kind: a.kind as ActorKind } : null;
  const locations = [...(parts.locations.get(row.seq) ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  const evidence = [...(parts.evidence.get(row.seq) ?? [])].sort((a, b) => a.ordinal - b.ordinal);
  return {
    event: {
      id: row.id,
      doc: row.document_name,
      type: row.type,
      mode: row.mode,
      source: printed(actorIn("source")),
      target: printed(actorIn("target")),
      date:
        row.date_start && row.date_end
          ? { start: row.date_start, end: row.date_end, precision: row.date_precision as DatePrecision }
          : null,
      locations: locations.map((l) => ({
        name: l.name,
        country: l.country,
        admin1: l.admin1,
        lat: l.lat,
        lon: l.lon,
        precision: l.precision as PlacePrecision,
      })),
      fatalities: count(row.fatalities, row.fatalities_qualifier),
      injuries: count(row.injuries, row.injuries_qualifier),
      attribution: printed(actorIn("attribution")),
      negated: row.negated === 1,
      in_response_to: (parts.links.get(row.seq) ?? []).map((l) => l.cause_id),
      evidence: evidence.map((e) => ({ text: e.text, start: e.start_offset, end: e.end_offset })),
    },
    document: {
      id: row.document_name,
      title: row.document_title,
      url: row.document_url,
      source: row.document_source,
      published: row.document_published,
    },
    documentId: row.document_id,
    rules: JSON.parse(row.rules) as string[],
    fusion: fusionOf(row),
    entities: {
      source: actorIn("source")?.entity ?? null,
      target: actorIn("target")?.entity ?? null,
      attribution: actorIn("attribution")?.entity ?? null,
      places: locations.map((l) => l.place_id),
    },
  };
}

/** Groups rows by their event's position. */
export function groupBySeq<T extends { event_seq: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.event_seq);
    if (group) group.push(row);
    else groups.set(row.event_seq, [row]);
  }
  return groups;
}

/**
 * The stored events of a document as reading them back would give them, built from the rows that
 * went in (`eventRow`'s and `childRows`'), by position; fusion has not seen them yet.
 */
export function storedEventsOf(
  document: NewDocument,
  { id, seqs, children }: InsertedDocument,
): [number, StoredEvent][] {
  const parts: EventParts = {
    actors: groupBySeq(children.event_actors),
    locations: groupBySeq(children.event_locations),
    evidence: groupBySeq(children.evidence),
    links: groupBySeq(children.event_links),
  };
  return document.events.map((assembled, i) => {
    const seq = seqs[i] as number;
    const row: EventRow = {
      seq,
      ...eventRow(id, assembled),
      document_name: document.name,
      document_title: document.title,
      document_url: document.url,
      document_source: document.source,
      document_published: document.published,
      fused_id: null,
      fusion_score: null,
      fusion_reason: null,
    };
    return [seq, toStoredEvent(row, parts)];
  });
}
