/**
 * The located event points of GET /api/points as columns of numbers, built once per fetch, so
 * that filtering (date range, type, search) and counting 100,000 points is a loop over arrays
 * that finishes within a frame while the user drags the timeline's brush.
 */
import type { EventPoint } from "./apiTypes.ts";
import { dayNumber } from "./calendar.ts";

export interface PointTable {
  readonly length: number;
  readonly points: readonly EventPoint[];
  /** Day numbers of each point's event; NaN when undated. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Deaths the report gives; NaN when it gives none. */
  readonly fatalities: Float64Array;
  /** Index of the event's type in `types`. */
  readonly type: Uint16Array;
  readonly types: readonly string[];
  /** Index of the fused event (one real-world event) the point belongs to. */
  readonly fused: Uint32Array;
  readonly fusedCount: number;
  /** The stored document of the report (from its id, d<document>.e<n>). */
  readonly document: Uint32Array;
}

/** The document id in an event id such as d12.e3 (0 when it has none). */
export function documentOfEvent(id: string): number {
  const match = /^d(\d+)\./.exec(id);
  return match ? Number(match[1]) : 0;
}

export function buildPointTable(points: readonly EventPoint[]): PointTable {
  const n = points.length;
  const types = [...new Set(points.map((p) => p.type))].sort();
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const fusedIndex = new Map<string, number>();
  const table = {
    length: n,
    points,
    start: new Float64Array(n),
    end: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    fatalities: new Float64Array(n),
    type: new Uint16Array(n),
    types,
    fused: new Uint32Array(n),
    fusedCount: 0,
    document: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = points[i] as EventPoint;
    const start = p.start ? dayNumber(p.start) : Number.NaN;
    table.start[i] = start;
    table.end[i] = p.end ? dayNumber(p.end) : start;
    table.lon[i] = p.lon;
    table.lat[i] = p.lat;
    table.fatalities[i] = p.fatalities ?? Number.NaN;
    table.type[i] = typeIndex.get(p.type) ?? 0;
    let fused = fusedIndex.get(p.fusedId);
    if (fused === undefined) {
      fused = fusedIndex.size;
      fusedIndex.set(p.fusedId, fused);
    }
    table.fused[i] = fused;
    table.document[i] = documentOfEvent(p.id);
  }
  table.fusedCount = fusedIndex.size;
  return table;
}

export interface PointFilter {
  /** An event type; null for all. */
  type: string | null;
  /** Day numbers: events that end on or after `since` and start on or before `until`. */
  since: number | null;
  until: number | null;
  /** Points that match the text search (1) or not (0); null when there is no search. */
  search: Uint8Array | null;
}

export interface FilterResult {
  /** 1 for each point that passes. */
  mask: Uint8Array;
  points: number;
  /** Distinct real-world (fused) events among them. */
  events: number;
}

/** The points that pass a filter, and how many distinct events they are. Reuses `mask` when given. */
export function filterPoints(table: PointTable, filter: PointFilter, mask?: Uint8Array): FilterResult {
  const n = table.length;
  const out = mask && mask.length === n ? mask : new Uint8Array(n);
  const type = filter.type === null ? -1 : table.types.indexOf(filter.type);
  const since = filter.since ?? Number.NEGATIVE_INFINITY;
  const until = filter.until ?? Number.POSITIVE_INFINITY;
  const dated = filter.since !== null || filter.until !== null;
  const search = filter.search;
  const seen = new Uint8Array(table.fusedCount);
  let points = 0;
  let events = 0;
  for (let i = 0; i < n; i++) {
    let pass = 1;
    if (filter.type !== null && table.type[i] !== type) pass = 0;
    else if (dated) {
      const start = table.start[i] as number;
      // NaN compares false both ways: an undated event drops out of any date range.
      if (!(start <= until && (table.end[i] as number) >= since)) pass = 0;
    }
    if (pass && search && !search[i]) pass = 0;
    out[i] = pass;
    if (pass) {
      points++;
      const fused = table.fused[i] as number;
      if (!seen[fused]) {
        seen[fused] = 1;
        events++;
      }
    }
  }
  return { mask: out, points, events };
}

/** Marks the points whose report was found by a text search, or whose document was. */
export function searchMask(
  table: PointTable,
  hits: readonly { eventId: string | null; documentId: number; kind: string }[],
): Uint8Array {
  const events = new Set(hits.flatMap((h) => (h.eventId ? [h.eventId] : [])));
  const documents = new Set(hits.filter((h) => h.kind === "document").map((h) => h.documentId));
  const mask = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const p = table.points[i] as EventPoint;
    if (events.has(p.id) || documents.has(table.document[i] as number)) mask[i] = 1;
  }
  return mask;
}
