import type { Actor } from "../core/actor.ts";
import type { ConflictEvent, Count } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { EventCandidate, RoleFiller } from "../extract/EventCandidate.ts";
import type { DocumentExtraction } from "../extract/extractCandidates.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { addDays, daysBetween } from "./calendar.ts";
import { type DateContext, dateOfCandidate } from "./dateOfCandidate.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { resolveActorMention } from "./resolveActorMention.ts";
import { resolvePlace } from "./resolvePlace.ts";

/** An event resolved against the knowledge base and the calendar, still tied to its candidate. */
export interface ResolvedEvent {
  candidate: EventCandidate;
  /** Candidates merged into this one (restatements of the same event). */
  merged: EventCandidate[];
  event: Omit<ConflictEvent, "id" | "in_response_to">;
  source: ResolvedActor | null;
  target: ResolvedActor | null;
  attribution: ResolvedActor | null;
  /** Knowledge-base id of each location's place, by location name. */
  placeIds: Map<string, string>;
}

/** Each candidate's event: its own, or the one it was merged into as a restatement. */
export function eventsByCandidate(events: readonly ResolvedEvent[]): Map<EventCandidate, ResolvedEvent> {
  const eventOf = new Map<EventCandidate, ResolvedEvent>();
  for (const r of events) {
    eventOf.set(r.candidate, r);
    for (const c of r.merged) eventOf.set(c, r);
  }
  return eventOf;
}

function actorOf(
  kb: KnowledgeBase,
  filler: RoleFiller | null,
  date: IsoDate,
  contextCountry: string | null,
): ResolvedActor | null {
  if (!filler) return null;
  return resolveActorMention(kb, filler.mention, date, contextCountry)[0] ?? null;
}

/** The actor as printed: the most specific name the text gives, the resolved country and kind. */
function printed(actor: ResolvedActor | null): Actor | null {
  return actor ? { name: actor.name, country: actor.country, kind: actor.kind } : null;
}

const count = (c: { count: number; qualifier: Count["qualifier"] } | null): Count | null =>
  c ? { count: c.count, qualifier: c.qualifier } : null;

/** Longer than this, an act's span is a period, over which the parties are taken as they mostly were. */
const PERIOD_DAYS = 366;

/**
 * The day whose kinds the parties take: when the act ended, since the Taliban that recognised in
 * "September 1996" were the state; a takeover is by the party before it took over (GUIDELINE §3);
 * over a period of years, its middle ("stayed in touch from 2001 to 2021": the insurgents).
 */
function dayOfParties(candidate: EventCandidate, date: DateRange | null): IsoDate | null {
  if (!date) return null;
  if (candidate.mode === "capture") return date.start;
  const days = daysBetween(date.start, date.end);
  return days > PERIOD_DAYS ? addDays(date.start, Math.floor(days / 2)) : date.end;
}

/** Resolves one candidate's actors, date, places and evidence. */
export function resolveCandidate(
  kb: KnowledgeBase,
  extraction: DocumentExtraction,
  candidate: EventCandidate,
  dates: DateContext,
  contextCountry: string | null,
): ResolvedEvent {
  const facts = extraction.facts[candidate.timedBy ?? candidate.sentence.index];
  const date = facts ? dateOfCandidate(facts, candidate, dates) : null;
  const on = dayOfParties(candidate, date) ?? dates.published;
  const source = actorOf(kb, candidate.source, on, contextCountry);
  let target = actorOf(kb, candidate.target, on, contextCountry);
  // A party does not attack, accuse or coerce itself: when both roles resolve to one party, the
  // target was misread ("security forces ... killing police"), except in a meeting of its own people.
  if (source && target && source.key === target.key && candidate.type !== "CONSULT") {
    target = null;
    candidate.rules.push("target-same-as-source-dropped");
  }
  const attribution = actorOf(kb, candidate.attribution, on, contextCountry);
  const countries = [source?.country, target?.country].filter((c): c is string => Boolean(c));
  const places = new Map(
    candidate.places
      .map((p) => resolvePlace(p, countries))
      .filter((r) => r !== null)
      .map((r) => [r.location.name, r]),
  );
  const locations = [...places.values()].map((r) => r.location);
  const placeIds = new Map([...places].map(([name, r]) => [name, r.placeId]));
  const { text } = extraction.document;
  return {
    candidate,
    merged: [],
    source,
    target,
    attribution,
    placeIds,
    event: {
      doc: extraction.document.id,
      type: candidate.type,
      mode: candidate.mode,
      source: printed(source),
      target: printed(target),
      date,
      locations,
      fatalities: count(candidate.fatalities),
      injuries: count(candidate.injuries),
      attribution: printed(attribution),
      negated: candidate.negated,
      evidence: candidate.evidence.map((span) => ({
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
      })),
    },
  };
}
