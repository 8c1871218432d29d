import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

/** How many sentences back the act may be whose toll a sentence gives. */
const WINDOW = 2;
// Triggers that report what an act caused rather than the act (as resultVerbRefiner's).
const RESULT_TRIGGERS = new Set(["kill"]);

/**
 * A sentence that only gives a toll ("At least five civilians were killed and six injured."),
 * with no perpetrator and no act of its own, tells the outcome of the act just reported: its
 * counts and its victims go to that act, its text becomes more evidence of it.
 */
export const outcomeSentenceRefiner: Refiner = {
  id: "outcome-sentence",
  refine(_context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    const dropped = new Set<EventCandidate>();
    for (const c of candidates) {
      if (!RESULT_TRIGGERS.has(c.trigger.trigger.id) || !c.trigger.passive || c.source) continue;
      if (c.fatalities === null && c.injuries === null) continue;
      const own = bySentence.get(c.sentence.index) ?? [];
      // "nine were killed and 20 injured": the other outcomes of the sentence go with it.
      const outcomes = own.filter((o) => o.type === "ASSAULT" && RESULT_TRIGGERS.has(o.trigger.trigger.id));
      if (own.some((o) => o.type === "ASSAULT" && !outcomes.includes(o))) continue;
      if (outcomes.some((o) => o.source !== null || dropped.has(o))) continue;
      const act = candidates.findLast(
        (p) =>
          p.type === "ASSAULT" &&
          !dropped.has(p) &&
          !RESULT_TRIGGERS.has(p.trigger.trigger.id) &&
          p.sentence.index < c.sentence.index &&
          c.sentence.index - p.sentence.index <= WINDOW,
      );
      if (!act || act.fatalities !== null || act.injuries !== null) continue;
      for (const o of outcomes) {
        act.fatalities ??= o.fatalities;
        act.injuries ??= o.injuries;
        act.target ??= o.target;
        dropped.add(o);
      }
      act.evidence.push(...c.evidence);
      act.rules.push("toll-of-previous-act");
    }
    return candidates.filter((c) => !dropped.has(c));
  },
};
