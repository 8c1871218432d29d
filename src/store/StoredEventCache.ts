import type { StoredEvent } from "./Store.ts";

/**
 * The stored events read last, by position, at most `capacity` of them. An event, its parts and
 * its document never change once stored; only its fusion does, and that is read with every
 * query. A store keeps one so that fusion, which reads the same candidates batch after batch,
 * reads an event's parts once, and compares the same objects (what it derives from an event's
 * words is kept with them).
 */
export class StoredEventCache {
  private readonly events = new Map<number, StoredEvent>();

  constructor(private readonly capacity: number) {}

  /** The event at `seq` with the fusion it has now, if it was read before. */
  get(seq: number, fusion: StoredEvent["fusion"]): StoredEvent | null {
    const cached = this.events.get(seq);
    if (!cached) return null;
    // Read again: the newest.
    this.events.delete(seq);
    this.events.set(seq, cached);
    return { ...cached, fusion };
  }

  add(seq: number, event: StoredEvent): void {
    this.events.set(seq, event);
    if (this.events.size > this.capacity) {
      const oldest = this.events.keys().next().value as number;
      this.events.delete(oldest);
    }
  }
}
