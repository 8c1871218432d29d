import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

/** Gives each casualty count of a sentence to the nearest violent event in it. */
export const casualtyRefiner: Refiner = {
  id: "casualties",
  refine(context, candidates) {
    for (const [index, group] of candidatesBySentence(candidates)) {
      const facts = context.facts[index];
      const violent = group.filter((c) => c.type === "ASSAULT");
      if (!facts || violent.length === 0) continue;
      for (const count of facts.casualties) {
        const nearest = violent.reduce((best: EventCandidate, c) =>
          Math.abs(c.trigger.tokenStart - count.tokenStart) <
          Math.abs(best.trigger.tokenStart - count.tokenStart)
            ? c
            : best,
        );
        if (nearest[count.kind] === null) {
          nearest[count.kind] = count;
          nearest.rules.push(`casualties:${count.kind}`);
        }
      }
    }
    return candidates;
  },
};
