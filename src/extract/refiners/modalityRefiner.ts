import type { Token } from "../../nlp/tokenize.ts";
import type { EventCandidate } from "../EventCandidate.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";

const WINDOW = 5;

/** Whether a cue phrase from the index ends within WINDOW tokens before the trigger, in its clause. */
function cueBefore(
  context: RefinerContext,
  candidate: EventCandidate,
  kind: "negation" | "hypothetical",
): boolean {
  const facts = context.facts[candidate.sentence.index];
  if (!facts) return false;
  const { tokens } = candidate.sentence;
  const at = candidate.trigger.tokenStart;
  const clause = facts.clauses[at];
  for (let s = Math.max(0, at - WINDOW); s < at; s++) {
    if (facts.clauses[s] !== clause) continue;
    const cue = context.kb.cues[kind].longestAt(tokens as Token[], s);
    if (cue && cue.end <= at) return true;
  }
  return false;
}

/**
 * Marks what the text says did not happen (negated) and what it presents as only possible,
 * planned or conditional (hypothetical). A hostile act a named party announces for the future is
 * a threat by that party: "Islamabad says it will carry out strikes" is THREATEN, not ASSAULT.
 */
export const modalityRefiner: Refiner = {
  id: "modality",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type === "THREATEN") continue;
      if (cueBefore(context, c, "negation")) {
        c.negated = true;
        c.rules.push("negation-cue");
      }
      if (cueBefore(context, c, "hypothetical")) {
        c.hypothetical = true;
        c.rules.push("hypothetical-cue");
      }
    }
    return candidates;
  },
};
