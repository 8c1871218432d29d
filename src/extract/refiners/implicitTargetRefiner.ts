import type { Token } from "../../nlp/tokenize.ts";
import type { ActorMention } from "../ActorMention.ts";
import type { EventCandidate } from "../EventCandidate.ts";
import { subjectBefore } from "../roleSlots.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";
import { stateOfPlace } from "./stateOfPlace.ts";
import { contextMention, victimsAfter } from "./victimsAfter.ts";

/** How many words after the trigger may name what was hit ("an attack on a Shiite mosque"). */
const WINDOW = 8;
const STOP = new Set(["by", "in", "after", "before", "while", "when", "which", "that", "who", ","]);

/** What the attack hit, named right after the trigger: "struck the airport", "attack on a mosque". */
function facilityAfter(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const { tokens } = c.sentence;
  const end = Math.min(tokens.length, c.trigger.tokenEnd + WINDOW);
  for (let i = c.trigger.tokenEnd; i < end; i++) {
    if (STOP.has(tokens[i]?.fold ?? "")) return null;
    const hit = context.kb.facilityTargets.longestAt(tokens, i);
    const kind = hit?.values[0];
    if (hit && kind) {
      const mention = contextMention(context.document.text, tokens, i, hit.end, kind, "facility-target");
      return ownedByPlace(context, c, mention) ?? mention;
    }
  }
  return null;
}

const LOCATED = new Set(["in", "near", "inside", "at", "outside"]);
/** How many words after what was hit may name the place that holds it. */
const PLACE_REACH = 4;

/** Whether the place at token `start` follows what was hit with a locative word ("a depot in (the) Bryansk"). */
function isLocatedRightAfter(tokens: readonly Token[], start: number, facility: ActorMention): boolean {
  const before = tokens[start - 1]?.fold === "the" ? start - 2 : start - 1;
  return before === facility.tokenEnd && LOCATED.has(tokens[before]?.fold ?? "");
}

/**
 * What was hit belongs to the country of the place it stands in, when the text names one right
 * after it: "an ammunition depot in the Bryansk region" is Russia's, whatever the story's country.
 */
function ownedByPlace(
  context: RefinerContext,
  c: EventCandidate,
  facility: ActorMention,
): ActorMention | null {
  const { tokens } = c.sentence;
  const place = context.facts[c.sentence.index]?.places.find(
    (p) =>
      p.tokenStart >= facility.tokenEnd &&
      p.tokenStart <= facility.tokenEnd + PLACE_REACH &&
      isLocatedRightAfter(tokens, p.tokenStart, facility),
  );
  const country = place?.candidates[0]?.place.country;
  if (!place || !country) return null;
  return {
    ...facility,
    refs: [{ entity: "country", iso3: country, via: "metonym" }],
    extension: {
      role: facility.kindFromContext === "CIVILIANS" ? "civilians" : "institution",
      phrase: facility.text,
    },
    kindFromContext: null,
  };
}

const UNDERGOING = new Set(["came", "come", "comes", "coming", "was", "were", "been", "is", "are"]);
/** How far before "came under attack" the thing attacked may be named. */
const UNDERGOER_REACH = 8;

/**
 * What "came under attack" (or "under fire") was hit: the party or the facility named before it,
 * in its clause: "An army base in Djibo came under attack on Sunday".
 */
function underAttack(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const { tokens } = c.sentence;
  const at = c.trigger.tokenStart;
  if (tokens[at - 1]?.fold !== "under" || !UNDERGOING.has(tokens[at - 2]?.fold ?? "")) return null;
  const facts = context.facts[c.sentence.index];
  if (!facts) return null;
  const party = subjectBefore(facts, at - 2);
  if (party && at - party.tokenEnd <= UNDERGOER_REACH) return party;
  return facilityBefore(context, facts, at - 2, "came-under-attack");
}

/** What was hit, named in the clause before token `end`: "the military base was first attacked". */
function facilityBefore(
  context: RefinerContext,
  facts: SentenceFacts,
  end: number,
  rule: string,
): ActorMention | null {
  const { tokens } = facts.sentence;
  const clause = facts.clauses[end];
  for (let i = Math.max(0, end - UNDERGOER_REACH); i < end; i++) {
    if (facts.clauses[i] !== clause) continue;
    const hit = context.kb.facilityTargets.longestAt(tokens, i);
    const kind = hit?.values[0];
    if (hit && kind && hit.end <= end)
      return contextMention(context.document.text, tokens, i, hit.end, kind, rule);
  }
  return null;
}

/**
 * What a passive verb says was hit: "the facility's military base was attacked". Not for the
 * killed, whom counts and victims name, nor for a scene told as going on ("homes being raided").
 */
function passiveUndergoer(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const facts = context.facts[c.sentence.index];
  if (!facts || c.trigger.form !== "verb" || !c.trigger.passive || c.trigger.trigger.id === "kill")
    return null;
  if (c.sentence.tokens[c.trigger.tokenStart - 1]?.fold === "being") return null;
  return facilityBefore(context, facts, c.trigger.tokenStart, "passive-facility-target");
}

const TARGETED_PLACE = new Set(["on", "against", "targeting", "at"]);

/** A place the act was aimed at: "strikes on Kandahar" hit the state that holds Kandahar. */
function placeAimedAt(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const facts = context.facts[c.sentence.index];
  const place = facts?.places.find(
    (p) =>
      p.tokenStart >= c.trigger.tokenEnd &&
      p.tokenStart <= c.trigger.tokenEnd + 3 &&
      TARGETED_PLACE.has(p.preposition ?? ""),
  );
  // The state of the place's own country, not of the sentence's.
  return place ? stateOfPlace(context.document.text, c.sentence, place, "place-aimed-at") : null;
}

/** How far after a count "known as" may name its victims' group ("10 members of a militia known as VDP"). */
const KNOWN_AS_REACH = 8;

/** The party a description after a count is "known as": "10 members of a pro-government militia known as VDP". */
function knownAsAfter(facts: SentenceFacts, from: number): ActorMention | null {
  const { tokens } = facts.sentence;
  for (let i = from; i < tokens.length - 2 && i <= from + KNOWN_AS_REACH; i++) {
    if (tokens[i]?.text === "," || tokens[i]?.fold === "by") return null;
    if (tokens[i]?.fold !== "known" || tokens[i + 1]?.fold !== "as") continue;
    return facts.actors.find((m) => m.tokenStart === i + 2) ?? null;
  }
  return null;
}

/** Whom the dead or wounded were, when the count names them: "13 civilians were killed". */
function victimsOf(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const count = c.fatalities ?? c.injuries;
  const facts = context.facts[c.sentence.index];
  if (!count || !facts) return null;
  const named = knownAsAfter(facts, count.tokenEnd);
  if (named) return named;
  const victims = victimsAfter(context, facts, count.tokenEnd, count.tokenEnd + 3);
  // A named party is the target only through the roles of the clause; here, the unnamed victims.
  return victims?.kindFromContext || victims?.rule === "victims-owner" ? victims : null;
}

/**
 * Gives an attack without a named target the party its text implies: the owner of what was hit
 * (a military base is the state's, a mosque or market its people's), the state that holds the
 * place it was aimed at ("strikes on Kandahar"), or the victims its count names. The country is settled at resolution from the places and parties of the context.
 */
export const implicitTargetRefiner: Refiner = {
  id: "implicit-target",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type !== "ASSAULT" || c.target || c.mode === "armed_clash") continue;
      const target =
        underAttack(context, c) ??
        passiveUndergoer(context, c) ??
        facilityAfter(context, c) ??
        placeAimedAt(context, c) ??
        victimsOf(context, c);
      if (target) {
        c.target = { mention: target, rule: target.rule };
        c.rules.push(target.rule);
      }
    }
    return candidates;
  },
};
