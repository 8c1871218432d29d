import type { FusedEvent } from "./fusedEvents.ts";
import { type Period, periodStart, periodsBetween } from "./periods.ts";

export interface TimelinePoint {
  period: string;
  events: number;
  /** Events by type. */
  byType: Record<string, number>;
  /** Deaths: the sum of the smallest and of the largest figure any report gives each event. */
  killedLow: number;
  killedHigh: number;
}

/**
 * Events and deaths per period, counted once per fused event. An event counts in the period its
 * date lies in; events dated only by a wider range (a month in a weekly timeline) are left out
 * and counted in `undated`.
 */
export function timeline(
  events: readonly FusedEvent[],
  period: Period,
): { points: TimelinePoint[]; undated: number } {
  const byPeriod = new Map<string, FusedEvent[]>();
  let undated = 0;
  for (const e of events) {
    const start = e.date ? periodStart(e.date.start, period) : null;
    if (!e.date || start !== periodStart(e.date.end, period)) {
      undated++;
      continue;
    }
    byPeriod.set(start as string, [...(byPeriod.get(start as string) ?? []), e]);
  }
  const keys = [...byPeriod.keys()].sort();
  if (keys.length === 0) return { points: [], undated };
  const points = periodsBetween(keys[0] as string, keys.at(-1) as string, period).map((p) => {
    const inPeriod = byPeriod.get(p) ?? [];
    const byType: Record<string, number> = {};
    for (const e of inPeriod) byType[e.type] = (byType[e.type] ?? 0) + 1;
    const counts = (pick: (xs: number[]) => number) =>
      inPeriod.reduce(
        (sum, e) => sum + (e.fatalities.length > 0 ? pick(e.fatalities.map((f) => f.count)) : 0),
        0,
      );
    return {
      period: p,
      events: inPeriod.length,
      byType,
      killedLow: counts((xs) => Math.min(...xs)),
      killedHigh: counts((xs) => Math.max(...xs)),
    };
  });
  return { points, undated };
}
