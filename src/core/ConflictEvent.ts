import type { Actor } from "./actor.ts";
import type { DateRange } from "./DateRange.ts";

/** A verbatim span of the document that states the event: `text` is `document.text.slice(start, end)`. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type CountQualifier = "exact" | "at_least" | "about" | "at_most";

export interface Count {
  count: number;
  qualifier: CountQualifier;
}

export type PlacePrecision = "point" | "city" | "district" | "province" | "country";

export interface EventLocation {
  name: string;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
}

/** One event as GUIDELINE.md §8 prints it. */
export interface ConflictEvent {
  id: string;
  doc: string;
  type: string;
  mode: string;
  source: Actor | null;
  target: Actor | null;
  date: DateRange | null;
  locations: EventLocation[];
  fatalities: Count | null;
  injuries: Count | null;
  attribution: Actor | null;
  negated: boolean;
  in_response_to: string[];
  evidence: Evidence[];
}
