import type { DatePrecision, DateRange } from "../core/DateRange.ts";
import { type IsoDate, isIsoDate } from "../core/isoDate.ts";
import type { DateAnchor, DateExpression, DatePart, DateUnit } from "../extract/findDateExpressions.ts";
import {
  addDays,
  calendarDate,
  daysInMonth,
  isoWeekday,
  unitEnd,
  unitStart,
  yearMonthOf,
} from "./calendar.ts";
import type { ResolvedDate } from "./ResolvedDate.ts";

/** What an expression is read against. */
interface Frame {
  /** The publication date. */
  reference: IsoDate;
  /** The time the text was last talking about, when the caller knows it. */
  anchor: DateRange | undefined;
}

type Resolver = (expr: DateExpression, frame: Frame) => ResolvedDate | null;

/** Which days of a month, months of a year and years of a decade "early", "mid" and "late" cover. */
const PARTS: Readonly<
  Record<DatePart, { days: [number, number]; months: [number, number]; years: [number, number] }>
> = {
  early: { days: [1, 10], months: [1, 4], years: [0, 4] },
  mid: { days: [11, 20], months: [5, 8], years: [3, 6] },
  late: { days: [20, 31], months: [9, 12], years: [5, 9] },
};

const PRECISION_ORDER: readonly DatePrecision[] = ["day", "week", "month", "year"];
const coarser = (a: DatePrecision, b: DatePrecision): DatePrecision =>
  PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function dated(start: IsoDate, end: IsoDate, precision: DatePrecision, yearInferred = false): ResolvedDate {
  return { start, end, precision, ...(yearInferred && { yearInferred: true }) };
}

const dayOf = (date: IsoDate): DateRange => ({ start: date, end: date, precision: "day" });

/** The year, or part of it ("late 2001" → September to December). */
function yearRange(year: number, part: DatePart | undefined): ResolvedDate {
  const [first, last] = part ? PARTS[part].months : [1, 12];
  return dated(`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${daysInMonth(year, last)}`, "year");
}

/** The month, or part of it ("late February 2026" → 20 to 28 February). */
function monthRange(
  year: number,
  month: number,
  part: DatePart | undefined,
  yearInferred: boolean,
): ResolvedDate {
  const length = daysInMonth(year, month);
  const [first, last] = part ? PARTS[part].days : [1, length];
  const prefix = `${year}-${pad(month)}`;
  return dated(`${prefix}-${pad(first)}`, `${prefix}-${pad(Math.min(last, length))}`, "month", yearInferred);
}

/** The year of a day written without one: the latest such day on or before a week after the reference. */
function yearOfDay(month: number, day: number, reference: IsoDate): number | null {
  const limit = addDays(reference, 7);
  const latest = yearMonthOf(limit).year;
  // Eight years back always reaches a 29 February.
  for (let year = latest; year > latest - 8; year--) {
    const date = calendarDate(year, month, day);
    if (date !== null && date <= limit) return year;
  }
  return null;
}

/** The year of a month written without one: not after the reference's month, or as "last", "this", "next" say. */
function yearOfMonth(month: number, expr: DateExpression, reference: IsoDate): number {
  const current = yearMonthOf(reference);
  switch (expr.modifier) {
    case "this":
      return current.year;
    case "last":
      return month < current.month ? current.year : current.year - 1;
    case "next":
      return month > current.month ? current.year : current.year + 1;
    default:
      return month <= current.month ? current.year : current.year - 1;
  }
}

/** "27 February 2026", "February", "late 2001": calendar fields, with the year inferred when left out. */
function resolveCalendar(expr: DateExpression, { reference }: Frame): ResolvedDate | null {
  const { year, month, day, part } = expr;
  if (month === undefined) return year === undefined ? null : yearRange(year, part);
  if (day === undefined) {
    return monthRange(year ?? yearOfMonth(month, expr, reference), month, part, year === undefined);
  }
  const dayYear = year ?? yearOfDay(month, day, reference);
  const date = dayYear === null ? null : calendarDate(dayYear, month, day);
  return date === null ? null : dated(date, date, "day", year === undefined);
}

/** "the late 1990s" → 1995–1999; "the 1980s" → 1980–1989. */
function resolveDecade(expr: DateExpression): ResolvedDate | null {
  if (expr.year === undefined) return null;
  const [first, last] = expr.part ? PARTS[expr.part].years : [0, 9];
  return dated(`${expr.year + first}-01-01`, `${expr.year + last}-12-31`, "year");
}

/** "Friday": the latest Friday on or before the reference; "last" before it, "next" after it, "this" in its week. */
function resolveWeekday(expr: DateExpression, { reference }: Frame): ResolvedDate | null {
  const target = expr.weekday;
  if (target === undefined || target < 1 || target > 7) return null;
  const today = isoWeekday(reference);
  const back = (today - target + 7) % 7;
  const offsets: Record<string, number> = {
    this: target - today,
    last: -(back || 7),
    next: (target - today + 7) % 7 || 7,
  };
  const date = addDays(reference, offsets[expr.modifier ?? ""] ?? -back);
  return dated(date, date, "day");
}

/** How precise a shift is: its unit, except that a stretch of several days is a week's worth. */
function shiftPrecision(unit: DateUnit, shift: number, shiftEnd: number): DatePrecision {
  return unit === "day" && shiftEnd - shift > 1 ? "week" : unit;
}

/** The units `shift` to `shiftEnd` away from `base`, never more precise than `base` itself. */
function shiftFrom(expr: DateExpression, base: DateRange): ResolvedDate | null {
  const { unit, shift } = expr;
  if (unit === undefined || shift === undefined) return null;
  const shiftEnd = expr.shiftEnd ?? shift;
  return dated(
    unitStart(unit, base.start, shift),
    unitEnd(unit, base.end, shiftEnd),
    coarser(shiftPrecision(unit, shift, shiftEnd), base.precision),
  );
}

/** "since 2021": from the start of what follows "since" until the publication date, as precise as that start. */
function resolveSince(expr: DateExpression, frame: Frame): ResolvedDate | null {
  const from = expr.from && resolveIn(expr.from, frame);
  if (!from || from.start > frame.reference) return null;
  return dated(from.start, frame.reference, from.precision, from.yearInferred);
}

/**
 * "between 2019 and 2021", "from January to March 2024": from the start of one to the end of the
 * other, as precise as the coarser. A start written without a year takes it from the end.
 */
function resolveRange(expr: DateExpression, frame: Frame): ResolvedDate | null {
  if (!expr.from || !expr.to) return null;
  const to = resolveIn(expr.to, frame);
  if (!to) return null;
  const borrowsYear = expr.from.anchor === "absolute" && expr.from.year === undefined;
  const from = resolveIn(expr.from, borrowsYear ? { ...frame, reference: to.end } : frame);
  if (!from || from.start > to.end) return null;
  // A year borrowed from the end was written, not inferred.
  const yearInferred = (!borrowsYear && from.yearInferred === true) || to.yearInferred === true;
  return dated(from.start, to.end, coarser(from.precision, to.precision), yearInferred);
}

const RESOLVERS: Readonly<Record<DateAnchor, Resolver>> = {
  absolute: resolveCalendar,
  decade: resolveDecade,
  weekday: resolveWeekday,
  relative: (expr, { reference }) => shiftFrom(expr, dayOf(reference)),
  anaphoric: (expr, { reference, anchor }) => shiftFrom(expr, anchor ?? dayOf(reference)),
  event: (expr, { anchor }) => (anchor ? shiftFrom(expr, anchor) : null),
  since: resolveSince,
  range: resolveRange,
};

const resolveIn = (expr: DateExpression, frame: Frame) => RESOLVERS[expr.anchor](expr, frame);

const isValidAnchor = (anchor: DateRange) =>
  isIsoDate(anchor.start) && isIsoDate(anchor.end) && anchor.start <= anchor.end;

/**
 * Reads a date expression against the publication date `reference` (GUIDELINE.md §4): "on Friday"
 * is the latest Friday on or before it, "this week" its Monday–Sunday week, "since 2021" runs from
 * 2021-01-01 to it. `anchor`, the time the text was last talking about, replaces the reference for
 * "the following year", "that year", "a day later", "hours after"; "four years after X" needs it.
 * Returns null for what cannot be placed (an unknown event, "in the coming days", 30 February,
 * an invalid reference or anchor); never throws.
 */
export function resolveDateExpression(
  expr: DateExpression,
  reference: IsoDate,
  anchor?: DateRange,
): ResolvedDate | null {
  if (!isIsoDate(reference) || (anchor !== undefined && !isValidAnchor(anchor))) return null;
  return resolveIn(expr, { reference, anchor });
}
