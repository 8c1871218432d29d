import type { EventTally } from "../store/Store.ts";
import type { FusedEvent } from "./fusedEvents.ts";

/** Fused events counted by type and date range, as the store's `eventTallies` counts them. */
export function tallyEvents(events: readonly FusedEvent[]): EventTally[] {
  const tallies = new Map<string, EventTally>();
  for (const e of events) {
    const counts = e.fatalities.map((f) => f.count);
    const key = `${e.type}|${e.date?.start}|${e.date?.end}`;
    const tally = tallies.get(key) ?? {
      type: e.type,
      start: e.date?.start ?? null,
      end: e.date?.end ?? null,
      events: 0,
      killedLow: 0,
      killedHigh: 0,
    };
    tally.events++;
    tally.killedLow += counts.length > 0 ? Math.min(...counts) : 0;
    tally.killedHigh += counts.length > 0 ? Math.max(...counts) : 0;
    tallies.set(key, tally);
  }
  return [...tallies.values()];
}
