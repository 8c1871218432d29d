import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";

/** How many sentences back "the attack" may refer to. */
const REACH = 3;
/** How far after a statement trigger the act it is about may be named. */
const WINDOW = 6;
/** How far before a statement trigger the act it is about may end, as the statement's subject. */
const SUBJECT_ACT_REACH = 2;
const REACTIONS = new Set(["PROTEST", "SUPPORT", "REJECT", "ACCUSE"]);

/** The last word of a trigger, without a plural "s": "strike" for "air strikes". */
function headWord(c: EventCandidate): string {
  const { tokens } = c.sentence;
  return (tokens[c.trigger.tokenEnd - 1]?.fold ?? "").replace(/s$/, "");
}

/**
 * The earlier act a definite "the attack" stands for: the latest one of its type with a
 * perpetrator, named with the same head word if any, else of the same mode.
 */
function antecedentOf(
  candidates: readonly EventCandidate[],
  reference: EventCandidate,
): EventCandidate | null {
  // What the text says did not happen ("Hezbollah denied firing the rockets") is no antecedent;
  // "the strikes" take up the latest strikes before any other attack, even ones only announced:
  // "it will carry out strikes ... Kabul says such attacks violate its sovereignty".
  const earlier = candidates.filter(
    (c) =>
      c !== reference &&
      c.type === reference.type &&
      c.source !== null &&
      !c.negated &&
      c.sentence.index <= reference.sentence.index &&
      reference.sentence.index - c.sentence.index <= REACH &&
      (c.sentence.index < reference.sentence.index || c.trigger.tokenStart < reference.trigger.tokenStart),
  );
  // "the strikes" are the strikes before they are an act of the same mode ("shot down five jets").
  // ("such attacks" are whatever was just told.)
  const head = headWord(reference);
  const definite = reference.sentence.tokens[reference.trigger.tokenStart - 1]?.fold === "the";
  const sameWord =
    reference.anaphoric && definite ? earlier.filter((c) => headWord(c) === head).pop() : undefined;
  return (
    sameWord ??
    earlier.filter((c) => c.mode === reference.mode && reference.anaphoric).pop() ??
    earlier.pop() ??
    null
  );
}

/** "condemned the act", "denounced the violence": a noun after the trigger that refers back to an act. */
function namesAnEarlierAct(context: RefinerContext, c: EventCandidate): boolean {
  const { tokens } = c.sentence;
  for (let i = c.trigger.tokenEnd; i < Math.min(tokens.length, c.trigger.tokenEnd + 3); i++)
    if (context.kb.cues.eventAnaphors.longestAt(tokens, i)) return true;
  return false;
}

/**
 * A statement about an act is addressed to whoever did it and answers it (GUIDELINE §3, §7): in
 * "The Houthis fired missiles at a ship. The US condemned the attack." the condemnation's target is
 * the Houthis, and it responds to their attack.
 */
export const reactionTargetRefiner: Refiner = {
  id: "reaction-target",
  refine(context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    for (const c of candidates) {
      if (!REACTIONS.has(c.type)) continue;
      const acts = (bySentence.get(c.sentence.index) ?? []).filter(
        (a) => a !== c && (a.type === "ASSAULT" || a.type === "COERCE"),
      );
      const act =
        acts.find(
          (a) =>
            a.trigger.tokenStart >= c.trigger.tokenEnd && a.trigger.tokenStart - c.trigger.tokenEnd <= WINDOW,
        ) ??
        // "such attacks violate Afghanistan's sovereignty": the act the statement is about, as its subject.
        acts.find(
          (a) =>
            a.anaphoric &&
            a.trigger.tokenEnd <= c.trigger.tokenStart &&
            c.trigger.tokenStart - a.trigger.tokenEnd <= SUBJECT_ACT_REACH,
        );
      const referenced = act
        ? act.anaphoric
          ? antecedentOf(candidates, act)
          : act
        : namesAnEarlierAct(context, c)
          ? antecedentOf(candidates, { ...c, type: "ASSAULT" })
          : null;
      const perpetrator = referenced?.source ?? null;
      if (perpetrator && (!c.target || c.target.mention === act?.target?.mention)) {
        c.target = { mention: perpetrator.mention, rule: "addressed-to-perpetrator" };
        c.rules.push("addressed-to-perpetrator");
      }
      if (referenced && !c.respondsTo.includes(referenced)) c.respondsTo.push(referenced);
    }
    return candidates;
  },
};
