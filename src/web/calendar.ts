/** Days as whole numbers (days since 1970-01-01, UTC), so that filtering many events compares integers. */

export type Period = "day" | "week" | "month";

const DAY_MS = 86_400_000;

/** The day number of an ISO date (YYYY-MM-DD), or NaN. Read by hand: it runs for every event point. */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (iso[4] !== "-" || iso[7] !== "-" || !(month >= 1 && month <= 12 && day >= 1 && day <= 31))
    return Number.NaN;
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the period a day falls in: itself, its week's Monday, or its month's first (as the API counts). */
export function periodStart(day: number, period: Period): number {
  if (period === "day") return day;
  const date = new Date(day * DAY_MS);
  if (period === "week") return day - ((date.getUTCDay() + 6) % 7);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS);
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: number, period: Period): number {
  if (period === "day") return start + 1;
  if (period === "week") return start + 7;
  const date = new Date(start * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS);
}

/** A period that gives a readable number of bars for a span of days: days up to three months, weeks up to three years. */
export function periodFor(spanDays: number): Period {
  if (spanDays <= 92) return "day";
  if (spanDays <= 3 * 366) return "week";
  return "month";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "12 Oct 2025", "Oct 2025" or "2025", as precise as the date is. */
export function formatDay(iso: string, precision: "day" | "week" | "month" | "year" = "day"): string {
  const [year, month, day] = iso.split("-");
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === "year") return year ?? iso;
  if (precision === "month") return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The short month name of a 1-based month. */
export const monthName = (month: number) => MONTHS[month - 1] ?? String(month);
