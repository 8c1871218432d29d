import type { EventFilter, Store, StoredEvent } from "../store/Store.ts";

const PAGE = 1000;

/** Every stored event the filter selects, page by page, so that a million events never sit in memory at once. */
export async function* storedEvents(store: Store, filter: EventFilter, limit = Number.POSITIVE_INFINITY) {
  let after: number | undefined;
  let yielded = 0;
  for (;;) {
    const page = await store.events({ ...filter, after, limit: Math.min(PAGE, limit - yielded) });
    for (const event of page.events) yield event as StoredEvent;
    yielded += page.events.length;
    if (page.next === null || yielded >= limit) return;
    after = page.next;
  }
}
