/** The periods a series can be counted in. */
export type Period = "day" | "week" | "month";

/** The first day of the period a day falls in: itself, its week's Monday, or its month's first. */
export function periodStart(day: string, period: Period): string {
  if (period === "day") return day;
  if (period === "month") return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** The first day of the next period. */
export function nextPeriod(start: string, period: Period): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (period === "month")
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  return new Date(date.getTime() + (period === "week" ? 7 : 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Every period from the one holding `first` to the one holding `last`, gaps included. */
export function periodsBetween(first: string, last: string, period: Period): string[] {
  const out: string[] = [];
  for (let p = periodStart(first, period); p <= last; p = nextPeriod(p, period)) out.push(p);
  return out;
}
