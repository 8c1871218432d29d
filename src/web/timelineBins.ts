/**
 * Events and deaths per period, by type, computed in the browser from the located points, so the
 * timeline follows every filter at once. Each real-world (fused) event counts once, in the period
 * of its earliest start; its deaths are given as the lowest and the highest figure any report
 * claims (nothing is averaged, as in the API's timeline).
 */
import { nextPeriod, type Period, periodFor, periodStart } from "./calendar.ts";
import type { PointTable } from "./pointTable.ts";

export interface TimelineBins {
  period: Period;
  /** The first day of each period, gaps included. */
  starts: number[];
  /** The day after the last period ends. */
  end: number;
  types: readonly string[];
  /** counts[type][bin]: events of that type starting in that period. */
  counts: number[][];
  /** Events per period, all types. */
  totals: number[];
  killedLow: number[];
  killedHigh: number[];
  /** Events left out: undated, or before the domain. */
  undated: number;
  earlier: number;
}

/** One entry per fused event that has a passing point: its start, type and claimed deaths. */
export interface EventDays {
  start: Float64Array;
  type: Uint16Array;
  low: Float64Array;
  high: Float64Array;
  /** 1 for the fused events that have a passing point. */
  present: Uint8Array;
  /** Fused events that pass the mask. */
  count: number;
  types: readonly string[];
}

export function eventDays(table: PointTable, mask: Uint8Array): EventDays {
  const m = table.fusedCount;
  const start = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const type = new Uint16Array(m);
  const low = new Float64Array(m).fill(Number.NaN);
  const high = new Float64Array(m).fill(Number.NaN);
  const present = new Uint8Array(m);
  let count = 0;
  for (let i = 0; i < table.length; i++) {
    if (!mask[i]) continue;
    const f = table.fused[i] as number;
    if (!present[f]) {
      present[f] = 1;
      count++;
      type[f] = table.type[i] as number;
    }
    const s = table.start[i] as number;
    if (s < (start[f] as number)) start[f] = s;
    const deaths = table.fatalities[i] as number;
    if (!Number.isNaN(deaths)) {
      if (Number.isNaN(low[f] as number) || deaths < (low[f] as number)) low[f] = deaths;
      if (Number.isNaN(high[f] as number) || deaths > (high[f] as number)) high[f] = deaths;
    }
  }
  for (let f = 0; f < m; f++) if (!present[f] || start[f] === Number.POSITIVE_INFINITY) start[f] = Number.NaN;
  return { start, type, low, high, present, count, types: table.types };
}

/**
 * The days a timeline should span: from the first event to the last, unless a few early events
 * (at most a tenth) lie so far back, across a gap of more than half the whole span, that they
 * would squeeze the rest into a corner; those are then left out of the default view and counted
 * as `earlier`. `first` is the earliest day all the same.
 */
export function defaultDomain(
  days: EventDays,
): { from: number; to: number; first: number; earlier: number } | null {
  const sorted = Array.from(days.start)
    .filter((d) => !Number.isNaN(d))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  let cut = 0;
  let widest = 0;
  for (let i = 0; i + 1 < sorted.length && i < Math.floor(sorted.length / 10); i++) {
    const gap = (sorted[i + 1] as number) - (sorted[i] as number);
    if (gap > widest) [widest, cut] = [gap, i + 1];
  }
  if (cut > 0 && widest > (last - first) / 2)
    return { from: sorted[cut] as number, to: last, first, earlier: cut };
  return { from: first, to: last, first, earlier: 0 };
}

/** Bins the events into periods from `from` to `to` (day numbers); the period is chosen from the span unless given. */
export function binEvents(days: EventDays, from: number, to: number, period?: Period): TimelineBins {
  const chosen = period ?? periodFor(to - from);
  const starts: number[] = [];
  for (let p = periodStart(from, chosen); p <= to; p = nextPeriod(p, chosen)) starts.push(p);
  const end = nextPeriod(starts.at(-1) ?? from, chosen);
  const first = starts[0] ?? from;
  const binOf = new Map(starts.map((s, i) => [s, i]));
  const zeros = () => new Array<number>(starts.length).fill(0);
  const counts = days.types.map(zeros);
  const totals = zeros();
  const killedLow = zeros();
  const killedHigh = zeros();
  let undated = 0;
  let earlier = 0;
  for (let f = 0; f < days.start.length; f++) {
    if (!days.present[f]) continue;
    const start = days.start[f] as number;
    if (Number.isNaN(start)) {
      undated++;
      continue;
    }
    if (start < first) earlier++;
    const bin = start < end ? binOf.get(periodStart(start, chosen)) : undefined;
    if (bin === undefined) continue;
    const row = counts[days.type[f] as number] as number[];
    row[bin] = (row[bin] as number) + 1;
    totals[bin] = (totals[bin] as number) + 1;
    const low = days.low[f] as number;
    if (!Number.isNaN(low)) {
      killedLow[bin] = (killedLow[bin] as number) + low;
      killedHigh[bin] = (killedHigh[bin] as number) + (days.high[f] as number);
    }
  }
  return {
    period: chosen,
    starts,
    end,
    types: days.types,
    counts,
    totals,
    killedLow,
    killedHigh,
    undated,
    earlier,
  };
}
