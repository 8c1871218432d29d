import { unitStart } from "../resolve/calendar.ts";

/** The periods a series can be counted in. */
export type Period = "day" | "week" | "month";

/** The first day of the period a day falls in: itself, its week's Monday, or its month's first. */
export function periodStart(day: string, period: Period): string {
  return unitStart(period, day);
}

/** The first day of the next period. */
export function nextPeriod(start: string, period: Period): string {
  return unitStart(period, start, 1);
}

/** Every period from the one holding `first` to the one holding `last`, gaps included. */
export function periodsBetween(first: string, last: string, period: Period): string[] {
  const out: string[] = [];
  for (let p = periodStart(first, period); p <= last; p = nextPeriod(p, period)) out.push(p);
  return out;
}
