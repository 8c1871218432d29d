import { daysBetween } from "../resolve/calendar.ts";
import { partyKey } from "./dyads.ts";
import type { FusedEvent } from "./fusedEvents.ts";
import { isHostileAct } from "./intensity.ts";

/** One step of an action–reaction chain: a response and how it is known to answer its cause. */
export interface ChainLink {
  cause: FusedEvent;
  response: FusedEvent;
  /** explicit: a report says so ("in retaliation for", "hours after"); inferred: the target struck back soon after. */
  kind: "explicit" | "inferred";
  /** The report that states the link, for explicit links. */
  statedBy: string | null;
}

/** A chain of events, each a response to the one before. */
export interface Chain {
  events: FusedEvent[];
  links: ChainLink[];
}

/** How soon a counter-strike must follow to be read as a reaction when no report says so. */
export const REACTION_WINDOW_DAYS = 7;
const MAX_CHAINS = 200;

/** Explicit links from the reports' `in_response_to`, mapped from report ids to the fused events holding them. */
function explicitLinks(events: readonly FusedEvent[]): ChainLink[] {
  const holder = new Map<string, FusedEvent>();
  for (const e of events) for (const r of e.reports) holder.set(r.event.id, e);
  const links = new Map<string, ChainLink>();
  for (const response of events)
    for (const report of response.reports)
      for (const causeId of report.event.in_response_to) {
        const cause = holder.get(causeId);
        if (!cause || cause === response) continue;
        const key = `${cause.id}>${response.id}`;
        if (!links.has(key)) links.set(key, { cause, response, kind: "explicit", statedBy: report.event.id });
      }
  return [...links.values()];
}

/**
 * Inferred links: a hostile act by B against A that follows one by A against B within the
 * reaction window, when no report links them and the later act answers nothing else explicitly.
 */
function inferredLinks(events: readonly FusedEvent[], explicit: readonly ChainLink[]): ChainLink[] {
  const answered = new Set(explicit.map((l) => l.response.id));
  const hostile = events
    .filter((e) => isHostileAct(e) && e.date?.precision === "day" && partyKey(e.source) && partyKey(e.target))
    .sort((a, b) => (a.date?.start ?? "").localeCompare(b.date?.start ?? ""));
  const links: ChainLink[] = [];
  for (const response of hostile) {
    if (answered.has(response.id)) continue;
    const cause = hostile
      .filter((c) => {
        const gap = daysBetween(c.date?.start ?? "", response.date?.start ?? "");
        return (
          c !== response &&
          gap >= 0 &&
          gap <= REACTION_WINDOW_DAYS &&
          partyKey(c.source) === partyKey(response.target) &&
          partyKey(c.target) === partyKey(response.source)
        );
      })
      .at(-1);
    if (cause) links.push({ cause, response, kind: "inferred", statedBy: null });
  }
  return links;
}

/**
 * The action–reaction chains among events: every path from an event that answers nothing to one
 * that nothing answers, following explicit links first and inferred ones where no report speaks.
 * Chains of one link are chains too; the longest come first.
 */
export function chains(events: readonly FusedEvent[], options: { inferred?: boolean } = {}): Chain[] {
  const explicit = explicitLinks(events);
  const links = options.inferred === false ? explicit : [...explicit, ...inferredLinks(events, explicit)];
  const outgoing = new Map<string, ChainLink[]>();
  const hasCause = new Set<string>();
  for (const link of links) {
    outgoing.set(link.cause.id, [...(outgoing.get(link.cause.id) ?? []), link]);
    hasCause.add(link.response.id);
  }
  const found: Chain[] = [];
  const walk = (path: ChainLink[], at: FusedEvent) => {
    if (found.length >= MAX_CHAINS) return;
    const next = (outgoing.get(at.id) ?? []).filter((l) => !path.some((p) => p.cause === l.response));
    if (next.length === 0) {
      if (path.length > 0)
        found.push({ events: [path[0]?.cause as FusedEvent, ...path.map((l) => l.response)], links: path });
      return;
    }
    for (const link of next) walk([...path, link], link.response);
  };
  const roots = [...new Map(links.map((l) => [l.cause.id, l.cause])).values()].filter(
    (e) => !hasCause.has(e.id),
  );
  for (const root of roots) walk([], root);
  return found.sort((a, b) => b.links.length - a.links.length);
}

/** A chain as JSON: its events in brief and its links by event id. */
export function chainJson(chain: Chain) {
  return {
    events: chain.events.map((e) => ({
      id: e.id,
      type: e.type,
      mode: e.mode,
      date: e.date,
      source: e.source,
      target: e.target,
    })),
    links: chain.links.map((l) => ({
      cause: l.cause.id,
      response: l.response.id,
      kind: l.kind,
      statedBy: l.statedBy,
    })),
  };
}
