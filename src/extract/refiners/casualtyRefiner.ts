import type { EventCandidate } from "../EventCandidate.ts";
import type { CasualtyCount } from "../findCasualtyCounts.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

/**
 * The passive act whose subject a count is: "during the clashes, 40 civilians were killed by the
 * army" — the count stands before "were killed" with no other trigger between them.
 */
function passiveOfSubject(
  facts: SentenceFacts,
  violent: readonly EventCandidate[],
  count: CasualtyCount,
): EventCandidate | null {
  const next = facts.triggers.find((t) => t.tokenStart >= count.tokenEnd);
  if (!next) return null;
  return violent.find((c) => c.trigger === next && c.trigger.passive) ?? null;
}

/** Gives each casualty count of a sentence to the passive act it is the subject of, else to the nearest violent event. */
export const casualtyRefiner: Refiner = {
  id: "casualties",
  refine(context, candidates) {
    for (const [index, group] of candidatesBySentence(candidates)) {
      const facts = context.facts[index];
      const violent = group.filter((c) => c.type === "ASSAULT");
      if (!facts || violent.length === 0) continue;
      for (const count of facts.casualties) {
        const nearest =
          passiveOfSubject(facts, violent, count) ??
          violent.reduce((best: EventCandidate, c) =>
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
