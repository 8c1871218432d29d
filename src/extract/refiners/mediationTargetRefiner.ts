import type { EventCandidate } from "../EventCandidate.ts";
import { betweenPair } from "../roleSlots.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

// What a mediator mediates: the two sides of a fight, of talks or of an agreement.
const MUTUAL_TYPES = new Set(["ASSAULT", "CONSULT", "AGREE"]);

/**
 * A mediation is addressed to the first of the two sides it mediates between (the annotation
 * convention of the gold sets): "mediated between Pakistan and the TTP" → Pakistan; "the fighting
 * between Taliban and Pakistani forces ceased following mediation by Qatar" → the Taliban.
 */
export const mediationTargetRefiner: Refiner = {
  id: "mediation-target",
  refine(context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    for (const c of candidates) {
      if (c.type !== "CONSULT" || c.mode !== "mediate" || c.target) continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      const pair = betweenPair(facts, c.trigger.tokenEnd);
      const sides = (bySentence.get(c.sentence.index) ?? []).find(
        (o: EventCandidate) =>
          o !== c && MUTUAL_TYPES.has(o.type) && o.trigger.trigger.frame === "mutual" && o.source !== null,
      );
      const first = pair?.[0] ?? sides?.source?.mention ?? null;
      if (first && first !== c.source?.mention) {
        c.target = { mention: first, rule: "mediated-between" };
        c.rules.push("mediated-between");
      }
    }
    return candidates;
  },
};
