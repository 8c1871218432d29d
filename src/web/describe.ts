/** How events, actors, dates and figures are written in the panels. */
import type { Actor } from "../core/actor.ts";
import type { Count, EventLocation } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";
import { formatDay } from "./calendar.ts";
import { formatCount } from "./dom.ts";
import { typeStyle } from "./eventSymbols.ts";

export function describeActor(actor: Actor | null): string {
  if (!actor) return "unknown";
  const kind = actor.kind.toLowerCase();
  return actor.country ? `${actor.name} (${actor.country}, ${kind})` : `${actor.name} (${kind})`;
}

export const shortActor = (actor: Actor | null) => actor?.name ?? "?";

const PRECISION: Record<string, string> = {
  day: "to the day",
  week: "to the week",
  month: "to the month",
  year: "to the year",
};

/** "11 Oct 2025", "11 Oct 2025 – 12 Oct 2025", "Oct 2025", with how precise the date is. */
export function describeDate(date: DateRange | null): { text: string; precision: string } {
  if (!date) return { text: "undated", precision: "" };
  const precision = date.precision;
  const start = formatDay(date.start, precision);
  const end = formatDay(date.end, precision);
  return { text: start === end ? start : `${start} – ${end}`, precision: PRECISION[precision] ?? precision };
}

export const shortDate = (date: DateRange | null) =>
  date ? formatDay(date.start, date.precision) : "undated";

export function describeType(type: string, mode: string): string {
  return mode && mode !== "other"
    ? `${typeStyle(type).label} (${mode.replace(/_/g, " ")})`
    : typeStyle(type).label;
}

const QUALIFIER: Record<string, string> = {
  exact: "",
  at_least: "at least ",
  about: "about ",
  at_most: "at most ",
};

export const describeCount = (count: Count) =>
  `${QUALIFIER[count.qualifier] ?? ""}${formatCount(count.count)}`;

export function describePlace(place: EventLocation): string {
  const where = [place.admin1 && place.admin1 !== place.name ? place.admin1 : null, place.country]
    .filter(Boolean)
    .join(", ");
  return where ? `${place.name} (${where})` : place.name;
}
