import type { EventFilter, Store, StoredEvent } from "../store/Store.ts";
import { type FusedEvent, fusedEvents } from "./fusedEvents.ts";
import { storedEvents } from "./storedEvents.ts";

/**
 * The fused events the filter selects: every stored report it selects, gathered by fusion. A
 * fused event whose reports fall partly outside the filter shows only the reports inside it.
 */
export async function loadFusedEvents(store: Store, filter: EventFilter): Promise<FusedEvent[]> {
  const reports: StoredEvent[] = [];
  for await (const report of storedEvents(store, filter)) reports.push(report);
  return fusedEvents(reports);
}
