import type { Actor } from "../core/actor.ts";
import type { EventLocation } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";
import type { StoredEvent } from "../store/Store.ts";

/** A figure as one report gives it, with who claims it. */
export interface ClaimedFigure {
  count: number;
  qualifier: string;
  /** The party the report attributes the figure to, else the outlet that reports it. */
  claimant: string;
  eventId: string;
  doc: string;
}

/** One real-world event with every report of it; figures that disagree are kept side by side. */
export interface FusedEvent {
  id: string;
  type: string;
  mode: string;
  source: Actor | null;
  target: Actor | null;
  /** The most precise date the reports give (the narrowest range). */
  date: DateRange | null;
  locations: EventLocation[];
  reports: StoredEvent[];
  /** Distinct figures by claimant, largest first. */
  fatalities: ClaimedFigure[];
  injuries: ClaimedFigure[];
}

const GENERIC_MODES = new Set(["attack", "other"]);
const width = (d: DateRange) => Date.parse(d.end) - Date.parse(d.start);

function claimantOf(report: StoredEvent): string {
  const outlet = report.document.source ?? report.document.id;
  const party = report.event.attribution?.name;
  return party ? `${party}, ${outlet}` : outlet;
}

function figures(reports: readonly StoredEvent[], field: "fatalities" | "injuries"): ClaimedFigure[] {
  const seen = new Map<string, ClaimedFigure>();
  for (const report of reports) {
    const figure = report.event[field];
    if (!figure) continue;
    const claimant = claimantOf(report);
    const key = `${figure.count}|${claimant}`;
    if (!seen.has(key))
      seen.set(key, {
        count: figure.count,
        qualifier: figure.qualifier,
        claimant,
        eventId: report.event.id,
        doc: report.event.doc,
      });
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.claimant.localeCompare(b.claimant));
}

/** Whether the reports disagree on a figure. */
export const contested = (figures: readonly ClaimedFigure[]) => new Set(figures.map((f) => f.count)).size > 1;

const QUALIFIER_WORDS: Record<string, string> = {
  at_least: "at least ",
  about: "about ",
  at_most: "at most ",
};

/**
 * "58 (per Taliban government, TOLOnews) / 23 (per Pakistan army, Dawn)": every figure with
 * everyone who claims it, none averaged or dropped.
 */
export function formatClaims(figures: readonly ClaimedFigure[]): string {
  const byFigure = new Map<string, string[]>();
  for (const f of figures) {
    const figure = `${QUALIFIER_WORDS[f.qualifier] ?? ""}${f.count}`;
    byFigure.set(figure, [...(byFigure.get(figure) ?? []), f.claimant]);
  }
  return [...byFigure].map(([figure, claimants]) => `${figure} (per ${claimants.join("; ")})`).join(" / ");
}

/** Gathers stored reports into fused events by their fusion; reports fusion has not seen stand alone. */
export function fusedEvents(reports: readonly StoredEvent[]): FusedEvent[] {
  const groups = new Map<string, StoredEvent[]>();
  for (const report of reports) {
    const id = report.fusion?.fusedId ?? report.event.id;
    const group = groups.get(id);
    if (group) group.push(report);
    else groups.set(id, [report]);
  }
  return [...groups].map(([id, members]) => {
    const first = members[0] as StoredEvent;
    const specific = members.find((m) => !GENERIC_MODES.has(m.event.mode)) ?? first;
    const dated = members
      .map((m) => m.event.date)
      .filter((d): d is DateRange => d !== null)
      .sort((a, b) => width(a) - width(b) || a.start.localeCompare(b.start));
    const locations = new Map<string, EventLocation>();
    for (const m of members)
      for (const l of m.event.locations)
        if (!locations.has(l.name.toLowerCase())) locations.set(l.name.toLowerCase(), l);
    return {
      id,
      type: first.event.type,
      mode: specific.event.mode,
      source: members.find((m) => m.event.source)?.event.source ?? null,
      target: members.find((m) => m.event.target)?.event.target ?? null,
      date: dated[0] ?? null,
      locations: [...locations.values()],
      reports: members,
      fatalities: figures(members, "fatalities"),
      injuries: figures(members, "injuries"),
    };
  });
}
