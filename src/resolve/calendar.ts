import type { IsoDate } from "../core/isoDate.ts";
import type { DateUnit } from "../extract/findDateExpressions.ts";

// Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day.

const DAY_MS = 86_400_000;

/**
 * Days from 1970-01-01 to a date, by arithmetic on its digits (the civil-from-days method of
 * proleptic Gregorian calendars): fusion compares dates millions of times, and parsing them as
 * times costs some forty times more.
 */
export function dayNumber(date: IsoDate): number {
  const month = Number(date.slice(5, 7));
  // Years counted from March, so that the leap day ends a year.
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** The year and month (1–12) of a date. */
export function yearMonthOf(date: IsoDate): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** The date of a day, or null when the month has no such day (February 30). */
export function calendarDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** How many days a month has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc((dayNumber(date) + days) * DAY_MS);
}

/** How many days `to` lies after `from` (negative when before). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** First day of the day, Monday–Sunday week, month or year that contains `date`, moved by `shift` units. */
export function unitStart(unit: DateUnit, date: IsoDate, shift = 0): IsoDate {
  const { year, month } = yearMonthOf(date);
  switch (unit) {
    case "day":
      return addDays(date, shift);
    case "week":
      return addDays(date, 7 * shift - (isoWeekday(date) - 1));
    case "month":
      return fromUtc(Date.UTC(year, month - 1 + shift, 1));
    case "year":
      return fromUtc(Date.UTC(year + shift, 0, 1));
  }
}

/** Last day of the day, Monday–Sunday week, month or year that contains `date`, moved by `shift` units. */
export function unitEnd(unit: DateUnit, date: IsoDate, shift = 0): IsoDate {
  const { year, month } = yearMonthOf(date);
  switch (unit) {
    case "day":
      return addDays(date, shift);
    case "week":
      return addDays(unitStart("week", date, shift), 6);
    case "month":
      return fromUtc(Date.UTC(year, month + shift, 0));
    case "year":
      return fromUtc(Date.UTC(year + shift, 11, 31));
  }
}
