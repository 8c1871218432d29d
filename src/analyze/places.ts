import type { FusedEvent } from "./fusedEvents.ts";

export interface PlaceSummary {
  name: string;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
  events: number;
  /** Deaths every report concedes, summed over the place's events. */
  killed: number;
}

/** The places of the events, most eventful first: one row per place name and country. */
export function placeSummaries(events: readonly FusedEvent[]): PlaceSummary[] {
  const places = new Map<string, PlaceSummary>();
  for (const e of events) {
    const killed = e.fatalities.length > 0 ? Math.min(...e.fatalities.map((f) => f.count)) : 0;
    for (const l of e.locations) {
      const key = `${l.country}|${l.name.toLowerCase()}`;
      const place = places.get(key) ?? { ...l, events: 0, killed: 0 };
      places.set(key, place);
      place.events++;
      place.killed += killed;
    }
  }
  return [...places.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}
