import type { FusedEvent } from "../analyze/fusedEvents.ts";
import { loadFusedEvents } from "../analyze/loadFusedEvents.ts";
import type { EventFilter, Store } from "../store/Store.ts";

/** How long a filter's fused events are reused: the dashboard asks for places, network, timeline and escalation at once. */
export const FUSED_EVENTS_TTL_MS = 10_000;

/**
 * The fused events a filter selects, loaded once and shared by the requests of the next
 * FUSED_EVENTS_TTL_MS (or until `clear`, which a write calls): reading and fusing 100,000 reports
 * takes seconds, and the dashboard's panels all start from the same ones.
 */
export function fusedEventsCache(store: Store, now: () => number = Date.now) {
  const entries = new Map<string, { at: number; events: Promise<FusedEvent[]> }>();
  return {
    get(filter: EventFilter): Promise<FusedEvent[]> {
      const key = JSON.stringify(
        Object.entries(filter)
          .filter(([, v]) => v !== undefined)
          .sort(),
      );
      const cached = entries.get(key);
      if (cached && now() - cached.at < FUSED_EVENTS_TTL_MS) return cached.events;
      for (const [k, entry] of entries) if (now() - entry.at >= FUSED_EVENTS_TTL_MS) entries.delete(k);
      const events = loadFusedEvents(store, filter);
      entries.set(key, { at: now(), events });
      events.catch(() => entries.delete(key));
      return events;
    },
    clear() {
      entries.clear();
    },
  };
}
