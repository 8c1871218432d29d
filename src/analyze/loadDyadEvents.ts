import type { EventFilter, Store } from "../store/Store.ts";
import type { FusedEvent } from "./fusedEvents.ts";
import { loadFusedEvents } from "./loadFusedEvents.ts";

/**
 * The fused events the filter selects that may be between the dyad's two parties, as
 * `loadFusedEvents` gives them: every fused event between them is among these (its source and
 * target come from its reports), read without reading the others.
 */
export async function loadDyadEvents(
  store: Store,
  filter: EventFilter,
  dyad: readonly [string, string],
): Promise<FusedEvent[]> {
  const fusedIds = await store.fusedIdsWithParties(filter, dyad);
  return fusedIds.length === 0 ? [] : loadFusedEvents(store, { ...filter, fusedIds });
}
