import type { Token } from "../../nlp/tokenize.ts";
import type { ActorMention } from "../ActorMention.ts";
import type { EventCandidate } from "../EventCandidate.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";
import { contextMention } from "./victimsAfter.ts";

/** How many words around the trigger may name the people a measure fell on. */
const REACH = 6;
// Words that close the phrase a measure's people stand in.
const STOP = new Set([
  "by",
  "in",
  "at",
  "after",
  "before",
  "while",
  "when",
  "which",
  "that",
  "who",
  ",",
  ";",
]);
// "the vehicle intended for Al-Shabaab militants": whose the seized goods were.
const OWNER_CUES = new Set(["for", "to"]);
const PEOPLE_DETERMINERS = new Set(["those", "the"]);
const OWNER_VERBS = new Set(["intended", "destined", "bound", "belonging", "meant"]);

/** Unarmed people named only by what they are ("five people", "dozens of protesters", "30 others"). */
function peopleAt(context: RefinerContext, tokens: readonly Token[], i: number): number | null {
  const facility = context.kb.facilityTargets.longestAt(tokens, i);
  if (facility?.values[0] === "CIVILIANS") return facility.end;
  const noun = context.kb.actorExtensions.longestAt(tokens, i);
  return noun?.values.some((e) => e.role === "civilians") ? noun.end : null;
}

/** How many words after seized goods may name whose they were ("a vehicle transporting supplies, fuel and food intended for X"). */
const OWNER_REACH = 16;

/** The party seized goods were meant for: "intercepted a vehicle ... intended for Al-Shabaab militants". */
function ownerAfter(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const { tokens } = c.sentence;
  const facts = context.facts[c.sentence.index];
  const end = Math.min(tokens.length - 1, c.trigger.tokenEnd + OWNER_REACH);
  for (let i = c.trigger.tokenEnd; i < end; i++) {
    const fold = tokens[i]?.fold ?? "";
    if (fold === ";" || fold === "after" || fold === "before" || fold === "while") return null;
    if (!OWNER_CUES.has(fold) || !OWNER_VERBS.has(tokens[i - 1]?.fold ?? "")) continue;
    const at = tokens[i + 1]?.fold === "the" ? i + 2 : i + 1;
    return facts?.actors.find((m) => m.tokenStart === at) ?? null;
  }
  return null;
}

/** The people a measure fell on, named after its trigger: "detained dozens of protesters", "a ban on people gathering". */
function fallsOnAfter(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const { tokens } = c.sentence;
  const end = Math.min(tokens.length, c.trigger.tokenEnd + REACH);
  for (let i = c.trigger.tokenEnd; i < end; i++) {
    const fold = tokens[i]?.fold ?? "";
    if (STOP.has(fold)) return null;
    const people = peopleAt(context, tokens, i);
    if (people !== null)
      return contextMention(context.document.text, tokens, i, people, "CIVILIANS", "measure-on-people");
  }
  return null;
}

/** The people a passive measure fell on, named just before it: "10 women and 30 others forcibly detained". */
function fallsOnBefore(context: RefinerContext, c: EventCandidate): ActorMention | null {
  const { tokens } = c.sentence;
  for (let i = c.trigger.tokenStart - 1; i >= Math.max(0, c.trigger.tokenStart - REACH); i--) {
    if (STOP.has(tokens[i]?.fold ?? "")) return null;
    const people = peopleAt(context, tokens, i);
    if (people !== null && people <= c.trigger.tokenStart)
      return contextMention(context.document.text, tokens, i, people, "CIVILIANS", "measure-on-people");
  }
  return null;
}

/** Whether an aid candidate names goods one of the seizures took ("seized a truck carrying aid"). */
function isSeizedGoods(seizures: readonly EventCandidate[], c: EventCandidate): boolean {
  return seizures.some(
    (s) =>
      s.sentence === c.sentence &&
      c.trigger.tokenStart >= s.trigger.tokenEnd &&
      c.trigger.tokenStart < s.trigger.tokenEnd + OWNER_REACH,
  );
}

/**
 * Gives a measure short of force (GUIDELINE §2 COERCE) without a named target the people it fell
 * on, named only by what they are: those arrested or detained, those a ban or curfew is imposed on,
 * or the party seized goods were meant for. Their country is settled at resolution from the context.
 */
export const measureTargetRefiner: Refiner = {
  id: "measure-target",
  refine(context, candidates) {
    // "to rescue those detained": a participle after "those" names people, not a measure taken.
    // "intercepted a vehicle transporting military supplies": the goods seized are no aid given.
    const seizures = candidates.filter((c) => c.mode === "seize_property");
    const kept = candidates.filter((c) =>
      c.type === "AID"
        ? !isSeizedGoods(seizures, c)
        : c.type !== "COERCE" ||
          c.trigger.form !== "verb" ||
          !PEOPLE_DETERMINERS.has(c.sentence.tokens[c.trigger.tokenStart - 1]?.fold ?? ""),
    );
    for (const c of kept) {
      if (c.type !== "COERCE" || c.target || c.mode === "border_closure") continue;
      const passive = c.trigger.form === "verb" && (c.trigger.passive || !c.source);
      const target =
        (c.mode === "seize_property" ? ownerAfter(context, c) : null) ??
        fallsOnAfter(context, c) ??
        (passive ? fallsOnBefore(context, c) : null);
      if (target) {
        c.target = { mention: target, rule: target.rule };
        c.rules.push(target.rule);
      }
    }
    return kept;
  },
};
