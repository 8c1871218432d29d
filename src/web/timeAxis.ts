/** Tick marks for a time axis: days, Mondays, months or years, as many as fit. */
import { dayNumber, monthName } from "./calendar.ts";

export interface Tick {
  day: number;
  label: string;
}

const DAY_MS = 86_400_000;

function monthStarts(from: number, to: number, every: number): number[] {
  const date = new Date(from * DAY_MS);
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth();
  const days: number[] = [];
  for (;;) {
    const day = Math.round(Date.UTC(year, month, 1) / DAY_MS);
    if (day > to) return days;
    if (day >= from && month % every === 0) days.push(day);
    month++;
    if (month === 12) [year, month] = [year + 1, 0];
  }
}

function label(day: number, step: string, first: boolean): string {
  const date = new Date(day * DAY_MS);
  const month = monthName(date.getUTCMonth() + 1);
  const year = date.getUTCFullYear();
  if (step === "year") return String(year);
  if (step === "month") return date.getUTCMonth() === 0 || first ? `${month} ${year}` : month;
  return `${date.getUTCDate()} ${month}`;
}

/** At most `max` ticks between two day numbers, on the coarsest calendar unit that still gives two or more. */
export function timeTicks(from: number, to: number, max: number): Tick[] {
  const steps: [string, () => number[]][] = [
    ["day", () => Array.from({ length: to - from + 1 }, (_, i) => from + i)],
    [
      "week",
      () => {
        const monday = from + ((7 - ((new Date(from * DAY_MS).getUTCDay() + 6) % 7)) % 7);
        return Array.from(
          { length: Math.max(0, Math.floor((to - monday) / 7) + 1) },
          (_, i) => monday + i * 7,
        );
      },
    ],
    ["month", () => monthStarts(from, to, 1)],
    ["month", () => monthStarts(from, to, 3)],
    ["month", () => monthStarts(from, to, 6)],
    ["year", () => monthStarts(from, to, 12)],
    ["year", () => monthStarts(from, to, 12).filter((d) => new Date(d * DAY_MS).getUTCFullYear() % 5 === 0)],
  ];
  for (const [step, days] of steps) {
    if (step === "day" && to - from + 1 > max) continue;
    const ticks = days();
    if (ticks.length <= max) return ticks.map((day, i) => ({ day, label: label(day, step, i === 0) }));
  }
  return [{ day: from, label: String(new Date(from * DAY_MS).getUTCFullYear()) }];
}

/** The day numbers of two ISO dates, for tests and callers that hold strings. */
export const days = (a: string, b: string): [number, number] => [dayNumber(a), dayNumber(b)];
