import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { resolveActorRef } from "./resolveActorRef.ts";
import type { ResolvedEvent } from "./resolveCandidates.ts";

// Acts and words that make a party a belligerent of the document's conflict.
const BELLIGERENT_TYPES = new Set(["ASSAULT", "THREATEN", "COERCE"]);
// Armed groups that may hold the territory a foreign state strikes.
const HOLDING_KINDS = new Set(["REBEL", "MILITIA"]);
// Targets read from the place an act was aimed at ("strikes on Kandahar"): the state that holds
// it, unless an armed group holds that ground in the document's conflict.
const PLACE_TARGET_RULES = new Set(["place-aimed-at"]);

const isBelligerent = (e: ResolvedEvent) =>
  BELLIGERENT_TYPES.has(e.event.type) || (e.event.type === "AGREE" && e.event.mode === "ceasefire");

/**
 * The armed group based in `country` that the document shows fighting, threatening or agreeing a
 * ceasefire with a party from elsewhere, the one most often so named.
 */
function holderOf(events: readonly ResolvedEvent[], country: string): ResolvedActor | null {
  const counts = new Map<string, { actor: ResolvedActor; count: number }>();
  for (const e of events) {
    if (!isBelligerent(e) || !e.source || !e.target) continue;
    for (const [group, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (!HOLDING_KINDS.has(group.kind) || group.country !== country || other.country === country) continue;
      const entry = counts.get(group.key) ?? { actor: group, count: 0 };
      entry.count++;
      counts.set(group.key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.actor ?? null;
}

/**
 * The names of the parties that act in each sentence, by sentence index: "The United States and
 * Britain carried out strikes" puts no American strike in Britain.
 */
function partyNamesBySentence(events: readonly ResolvedEvent[]): Map<number, Set<string>> {
  const names = new Map<number, Set<string>>();
  for (const r of events) {
    if (!r.candidate.source) continue;
    const sentence = r.candidate.sentence.index;
    const seen = names.get(sentence) ?? new Set<string>();
    seen.add(r.candidate.source.mention.text);
    names.set(sentence, seen);
  }
  return names;
}

/** Words before a country's name that say an act fell on it: "attacks inside Russia". */
const STRUCK_PREPOSITIONS = new Set(["in", "inside", "into", "across", "on", "over", "throughout", "within"]);

/** The state of a whole country a foreign state's act is told to fall on; else null. */
function stateOfCountryStruck(kb: KnowledgeBase, e: ResolvedEvent): ResolvedActor | null {
  const land = [e.candidate, ...e.merged]
    .flatMap((c) => c.places)
    .map((p) => (STRUCK_PREPOSITIONS.has(p.preposition ?? "") ? p.candidates[0]?.place : undefined))
    .find((place) => place?.level === "country" && place.country !== e.source?.country);
  return land ? resolveActorRef(kb, { entity: "country", iso3: land.country, via: "name" }, null) : null;
}

/**
 * A foreign state's attack on a country's ground that names no one hit ("strikes across Yemen",
 * "an airstrike shook the Lebanese capital") is aimed at the armed group that holds that ground in
 * the document's conflict: the group based in the country that the document shows at war with a
 * party from elsewhere (the Houthis in a story of US strikes on Yemen, Hezbollah in one of Israeli
 * strikes on Lebanon). Without such a group the act keeps its target (or none) for the document's
 * dyad to complete. Each completed event records the rule "target-holds-territory".
 */
export function completeTargetsFromTerritory(events: readonly ResolvedEvent[]): void {
  const partiesBySentence = partyNamesBySentence(events);
  for (const e of events) {
    if (e.event.type !== "ASSAULT" || e.event.mode === "armed_clash" || e.source?.kind !== "STATE") continue;
    const fromPlace = e.target && PLACE_TARGET_RULES.has(e.candidate.target?.rule ?? "");
    if (e.target && !fromPlace) continue;
    const parties = partiesBySentence.get(e.candidate.sentence.index);
    const ground = e.event.locations.find(
      (l) => l.country && l.country !== e.source?.country && !parties?.has(l.name),
    )?.country;
    if (!ground) continue;
    const holder = holderOf(events, ground);
    if (!holder || holder.key === e.source.key) continue;
    e.target = holder;
    e.event.target = { name: holder.name, country: holder.country, kind: holder.kind };
    e.candidate.rules.push("target-holds-territory");
  }
}

/**
 * A foreign state's attack that nothing else gave a target and that the text tells to fall on a
 * whole country ("aerial attacks inside Russia") is aimed at that country's state. Each completed
 * event records the rule "target-state-of-country-struck".
 */
export function completeTargetsFromCountryStruck(kb: KnowledgeBase, events: readonly ResolvedEvent[]): void {
  for (const e of events) {
    if (e.event.type !== "ASSAULT" || e.event.mode === "armed_clash" || e.target) continue;
    if (e.source?.kind !== "STATE") continue;
    const state = stateOfCountryStruck(kb, e);
    if (!state) continue;
    e.target = state;
    e.event.target = { name: state.name, country: state.country, kind: state.kind };
    e.candidate.rules.push("target-state-of-country-struck");
  }
}
