import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

/**
 * An agreement the sentence names without its parties is the outcome of the talks it reports:
 * "talks between X and Y ended without an agreement", "negotiations between X and Y produced a
 * deal", or another agreement it reports: "X and Y agree on a prisoner swap but fail to reach a
 * truce". The agreement takes the parties of the talks or agreement before it.
 */
export const talksOutcomeRefiner: Refiner = {
  id: "talks-outcome",
  refine(_context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    for (const c of candidates) {
      if (c.type !== "AGREE" || c.source || c.target) continue;
      const talks = (bySentence.get(c.sentence.index) ?? []).find(
        (t) =>
          (t.type === "CONSULT" || t.type === "AGREE") &&
          t.trigger.tokenEnd <= c.trigger.tokenStart &&
          t.source !== null &&
          t.target !== null,
      );
      if (!talks?.source || !talks.target) continue;
      c.source = { mention: talks.source.mention, rule: "parties-of-talks" };
      c.target = { mention: talks.target.mention, rule: "parties-of-talks" };
      c.rules.push("parties-of-talks");
    }
    return candidates;
  },
};
