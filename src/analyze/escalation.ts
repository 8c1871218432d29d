import { inDyad } from "./dyads.ts";
import type { FusedEvent } from "./fusedEvents.ts";
import { conceded, intensity, isHostileAct } from "./intensity.ts";
import { type Period, periodStart, periodsBetween } from "./periods.ts";

export interface EscalationPoint {
  period: string;
  /** Sum of the events' intensities (see intensity.ts): hostility up, cooperation down. */
  intensity: number;
  hostile: number;
  cooperative: number;
  /** Deaths every report concedes, summed over the period's events. */
  killed: number;
  /** The period's most intense event, to say what happened. */
  peak: FusedEvent | null;
}

export interface ChangePoint {
  period: string;
  direction: "escalation" | "de-escalation";
  from: number;
  to: number;
}

export interface Escalation {
  dyad: [string, string];
  period: Period;
  series: EscalationPoint[];
  changes: ChangePoint[];
  summary: string;
}

/** A change point: the intensity moves by at least this much from the mean of the periods before. */
const CHANGE_THRESHOLD = 10;
const BASELINE_PERIODS = 2;

/** An event counts in a period when its date lies within that one period. */
function periodOf(event: FusedEvent, period: Period): string | null {
  if (!event.date) return null;
  const start = periodStart(event.date.start, period);
  return start === periodStart(event.date.end, period) ? start : null;
}

function describe(event: FusedEvent): string {
  const places = event.locations
    .filter((l) => l.precision !== "country")
    .slice(0, 3)
    .map((l) => l.name);
  const who = event.source ? `${event.source.name} ` : "";
  const what = `${event.type.toLowerCase()}${event.mode !== "other" ? ` (${event.mode.replace("_", " ")})` : ""}`;
  return `${who}${what}${event.target ? ` against ${event.target.name}` : ""}${places.length > 0 ? ` in ${places.join(", ")}` : ""} on ${event.date?.start}`;
}

/**
 * The escalation series of a dyad: per period, the summed intensity of the events between its
 * two parties (either direction); change points where it rises or falls by CHANGE_THRESHOLD or more
 * from the mean of the periods before; and a summary in words.
 */
export function escalation(
  events: readonly FusedEvent[],
  dyad: [string, string],
  period: Period,
): Escalation {
  const relevant = events.filter((e) => inDyad(e, dyad) && periodOf(e, period) !== null);
  const byPeriod = new Map<string, FusedEvent[]>();
  for (const e of relevant) {
    const p = periodOf(e, period) as string;
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), e]);
  }
  const periods = [...byPeriod.keys()].sort();
  const series: EscalationPoint[] =
    periods.length === 0
      ? []
      : periodsBetween(periods[0] as string, periods.at(-1) as string, period).map((p) => {
          const inPeriod = byPeriod.get(p) ?? [];
          const hostile = inPeriod.filter(isHostileAct);
          const peak = [...inPeriod].sort((a, b) => intensity(b) - intensity(a))[0] ?? null;
          return {
            period: p,
            intensity: Math.round(inPeriod.reduce((sum, e) => sum + intensity(e), 0) * 10) / 10,
            hostile: hostile.length,
            cooperative: inPeriod.filter((e) => intensity(e) < 0).length,
            killed: inPeriod.reduce((sum, e) => sum + conceded(e.fatalities), 0),
            peak,
          };
        });
  const changes: ChangePoint[] = [];
  series.forEach((point, i) => {
    const before = series.slice(Math.max(0, i - BASELINE_PERIODS), i);
    if (before.length === 0) return;
    const baseline = before.reduce((sum, b) => sum + b.intensity, 0) / before.length;
    const delta = point.intensity - baseline;
    if (Math.abs(delta) >= CHANGE_THRESHOLD)
      changes.push({
        period: point.period,
        direction: delta > 0 ? "escalation" : "de-escalation",
        from: Math.round(baseline * 10) / 10,
        to: point.intensity,
      });
  });
  return { dyad, period, series, changes, summary: summarise(dyad, series, changes) };
}

function summarise(dyad: [string, string], series: EscalationPoint[], changes: ChangePoint[]): string {
  if (series.length === 0) return `No dated events between ${dyad[0]} and ${dyad[1]}.`;
  const last = changes.at(-1);
  if (!last)
    return `No marked change between ${dyad[0]} and ${dyad[1]} from ${series[0]?.period} to ${series.at(-1)?.period}.`;
  const since = series.filter((p) => p.period >= last.period);
  const hostile = since.reduce((sum, p) => sum + p.hostile, 0);
  const killed = since.reduce((sum, p) => sum + p.killed, 0);
  const peak = since
    .map((p) => p.peak)
    .filter((e): e is FusedEvent => e !== null)
    .sort((a, b) => intensity(b) - intensity(a))[0];
  const trend = last.direction === "escalation" ? "Escalating" : "De-escalating";
  return (
    `${trend} since the ${since.length > 1 ? "period" : "week"} of ${last.period} (intensity ${last.from} → ${last.to}): ` +
    `${hostile} hostile acts${killed > 0 ? `, at least ${killed} killed by every side's count` : ""}` +
    `${peak ? `; the gravest: ${describe(peak)}` : ""}.`
  );
}
