import { DEFINITE } from "../proposeEvents.ts";
import { subjectBefore } from "../roleSlots.ts";
import type { Refiner } from "./Refiner.ts";

/**
 * "X claimed responsibility for the attack": the claimant is the attack's source and its
 * attribution (the gold's reading of claims, GUIDELINE §7). Dates before the claim time the claim;
 * "the attack" names an act already reported, which the claim then attributes (see assembleEvents).
 */
export const responsibilityRefiner: Refiner = {
  id: "responsibility-claim",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type !== "ASSAULT") continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      const { tokens } = c.sentence;
      for (let i = 0; i < c.trigger.tokenStart; i++) {
        const cue = context.kb.cues.responsibility.longestAt(tokens, i);
        if (!cue || c.trigger.tokenStart - cue.end > 6) continue;
        // "has not claimed the attacks" names no perpetrator.
        if (["not", "never", "yet"].includes(tokens[i - 1]?.fold ?? "")) break;
        // "JNIM, al-Qaeda's branch in the Sahel, claimed": the subject, not a possessor or a place.
        const claimant = subjectBefore(facts, i, true) ?? facts.actors.filter((m) => m.tokenEnd <= i).pop();
        if (!claimant) continue;
        c.source = { mention: claimant, rule: "claims-responsibility" };
        c.attribution = { mention: claimant, rule: "claims-responsibility" };
        c.rules.push("claims-responsibility");
        const definite =
          c.trigger.form === "noun" && DEFINITE.has(tokens[c.trigger.tokenStart - 1]?.fold ?? "");
        c.claim = { end: tokens[cue.end - 1]?.end ?? c.trigger.start, ofEarlierAct: definite };
        break;
      }
    }
    return candidates;
  },
};
