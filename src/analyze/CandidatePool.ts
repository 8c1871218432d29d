import { dayNumber } from "../resolve/calendar.ts";
import type { StoredEvent } from "../store/Store.ts";

/** Days a bucket of short reports covers. */
const BUCKET_DAYS = 8;
/** Reports covering fewer days than this are kept in the bucket of their first day; longer ones in a list of their own. */
const SHORT_DAYS = 32;

interface PoolEntry {
  /** Position in the order the pool was given the reports. */
  order: number;
  start: number;
  end: number;
  report: StoredEvent;
}

/** The short and the long reports of one type. */
interface TypePool {
  buckets: Map<number, PoolEntry[]>;
  long: PoolEntry[];
}

/**
 * The fused reports fusion may compare a report with, by event type and the days they cover: a
 * batch's candidates number thousands, and each report only meets those within a day of its own
 * dates. Undated reports are not kept (they fuse with none).
 */
export class CandidatePool {
  private readonly types = new Map<string, TypePool>();
  private added = 0;

  add(reports: readonly StoredEvent[]): void {
    for (const report of reports) {
      const { type, date } = report.event;
      if (!date) continue;
      let pool = this.types.get(type);
      if (!pool) {
        pool = { buckets: new Map(), long: [] };
        this.types.set(type, pool);
      }
      const entry = { order: this.added++, start: dayNumber(date.start), end: dayNumber(date.end), report };
      if (entry.end - entry.start >= SHORT_DAYS) pool.long.push(entry);
      else {
        const key = Math.floor(entry.start / BUCKET_DAYS);
        const bucket = pool.buckets.get(key);
        if (bucket) bucket.push(entry);
        else pool.buckets.set(key, [entry]);
      }
    }
  }

  /** The reports of a type whose days overlap `since` to `until`, in the order they were added. */
  overlapping(type: string, since: string, until: string): StoredEvent[] {
    const pool = this.types.get(type);
    if (!pool) return [];
    const first = dayNumber(since);
    const last = dayNumber(until);
    const found: PoolEntry[] = [];
    const overlaps = (e: PoolEntry) => e.end >= first && e.start <= last;
    // A short report overlapping the days starts at most SHORT_DAYS before them.
    for (
      let key = Math.floor((first - SHORT_DAYS) / BUCKET_DAYS);
      key <= Math.floor(last / BUCKET_DAYS);
      key++
    )
      for (const entry of pool.buckets.get(key) ?? []) if (overlaps(entry)) found.push(entry);
    for (const entry of pool.long) if (overlaps(entry)) found.push(entry);
    return found.sort((a, b) => a.order - b.order).map((e) => e.report);
  }
}
