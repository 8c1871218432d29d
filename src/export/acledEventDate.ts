import type { DatePrecision, DateRange } from "../core/DateRange.ts";
import type { IsoDate } from "../core/isoDate.ts";

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month (or, for us, the year). */
const TIME_PRECISION: Readonly<Record<DatePrecision, 1 | 2 | 3>> = { day: 1, week: 2, month: 3, year: 3 };

const DAY_MS = 86_400_000;

export interface AcledEventDate {
  eventDate: IsoDate;
  year: number;
  timePrecision: 1 | 2 | 3;
}

/**
 * The single day ACLED records for a range: its first day when the day is known, else the middle
 * day of the range (rounded down), as ACLED codes an event known only by week or month at its
 * middle (a week Monday–Sunday gives the Thursday, February 2026 the 14th).
 */
export function acledEventDate(date: DateRange): AcledEventDate {
  let day = date.start;
  if (date.precision !== "day") {
    const start = Date.parse(`${date.start}T00:00:00Z`);
    const end = Date.parse(`${date.end}T00:00:00Z`);
    const middle = start + Math.floor((end - start) / DAY_MS / 2) * DAY_MS;
    day = new Date(middle).toISOString().slice(0, 10);
  }
  return { eventDate: day, year: Number(day.slice(0, 4)), timePrecision: TIME_PRECISION[date.precision] };
}
