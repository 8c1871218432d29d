import type { Actor } from "../../src/core/actor.ts";
import type { ConflictEvent, EventLocation } from "../../src/core/ConflictEvent.ts";
import type { StoredEvent } from "../../src/store/Store.ts";

export const PAK: Actor = { name: "Pakistan", country: "PAK", kind: "STATE" };
export const AFG: Actor = { name: "Afghanistan", country: "AFG", kind: "STATE" };
export const IND: Actor = { name: "India", country: "IND", kind: "STATE" };

export const place = (name: string, lat: number, lon: number, admin1 = name): EventLocation => ({
  name,
  country: "AFG",
  admin1,
  lat,
  lon,
  precision: "city",
});

type Fields = Partial<Omit<ConflictEvent, "date">> & {
  /** A day, or "start..end" for a range of another precision given by `precision`. */
  day?: string;
  precision?: "day" | "week" | "month" | "year";
  documentId?: number;
  outlet?: string;
  fusedId?: string;
};

// Documents the test does not number get numbers no test writes by hand.
let next = 1000;

/** A stored report built for a test: only what the test says, sensible defaults for the rest. */
export function report(fields: Fields): StoredEvent {
  const documentId = fields.documentId ?? ++next;
  const id = fields.id ?? `d${documentId}.e1`;
  const [start, end] = (fields.day ?? "2026-02-22").split("..") as [string, string | undefined];
  return {
    event: {
      id,
      doc: `doc${documentId}.txt`,
      type: fields.type ?? "ASSAULT",
      mode: fields.mode ?? "air",
      source: fields.source === undefined ? PAK : fields.source,
      target: fields.target === undefined ? AFG : fields.target,
      date: fields.day === "" ? null : { start, end: end ?? start, precision: fields.precision ?? "day" },
      locations: fields.locations ?? [],
      fatalities: fields.fatalities ?? null,
      injuries: fields.injuries ?? null,
      attribution: fields.attribution ?? null,
      negated: fields.negated ?? false,
      in_response_to: fields.in_response_to ?? [],
      evidence: fields.evidence ?? [{ text: "Pakistani jets struck targets.", start: 0, end: 30 }],
    },
    document: {
      id: `doc${documentId}.txt`,
      title: null,
      url: null,
      source: fields.outlet ?? `Outlet ${documentId}`,
      published: null,
    },
    documentId,
    rules: [],
    fusion: fields.fusedId ? { fusedId: fields.fusedId, score: 0, reason: null } : null,
    entities: { source: null, target: null, attribution: null, places: [] },
  };
}
