import type { EventTally } from "../store/Store.ts";
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
 * Events and deaths per period, counted once per fused event (tallies from the store's
 * `eventTallies`, or `tallyEvents` of fused events). An event counts in the period its date lies
 * in; events dated only by a wider range (a month in a weekly timeline) are left out and counted
 * in `undated`.
 */
export function timeline(
  tallies: readonly EventTally[],
  period: Period,
): { points: TimelinePoint[]; undated: number } {
  const byPeriod = new Map<string, EventTally[]>();
  let undated = 0;
  for (const t of tallies) {
    const start = t.start && t.end ? periodStart(t.start, period) : null;
    if (!t.start || !t.end || start !== periodStart(t.end, period)) {
      undated += t.events;
      continue;
    }
    byPeriod.set(start as string, [...(byPeriod.get(start as string) ?? []), t]);
  }
  const keys = [...byPeriod.keys()].sort();
  if (keys.length === 0) return { points: [], undated };
  const points = periodsBetween(keys[0] as string, keys.at(-1) as string, period).map((p) => {
    const inPeriod = byPeriod.get(p) ?? [];
    const byType: Record<string, number> = {};
    for (const t of inPeriod) byType[t.type] = (byType[t.type] ?? 0) + t.events;
    const sum = (pick: (t: EventTally) => number) => inPeriod.reduce((total, t) => total + pick(t), 0);
    return {
      period: p,
      events: sum((t) => t.events),
      byType,
      killedLow: sum((t) => t.killedLow),
      killedHigh: sum((t) => t.killedHigh),
    };
  });
  return { points, undated };
}
