import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

/**
 * A statement noun that takes up a statement verb of its sentence names the same statement:
 * in "Pakistan accuses the Taliban of harbouring the TTP, an allegation Kabul denies" the
 * allegation is the accusation, not a second one. One that is the object of another verb is what
 * that verb acts on: "Kabul denied the allegations" makes no accusation.
 */
export const restatedNounRefiner: Refiner = {
  id: "restated-noun",
  refine(context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    const sameSentenceVerb = (c: EventCandidate, v: EventCandidate) => v !== c && v.trigger.form === "verb";
    // "Kabul denied the allegations": the allegations are what is denied, not a new accusation.
    const isObjectOf = (c: EventCandidate, v: EventCandidate) =>
      c.sentence.tokens
        .slice(v.trigger.tokenEnd, c.trigger.tokenStart)
        .every((t) => context.kb.functionWords.has(t.fold) || t.case === "lower") &&
      c.trigger.tokenStart - v.trigger.tokenEnd <= 3;
    return candidates.filter(
      (c) =>
        !(
          c.trigger.form === "noun" &&
          c.trigger.trigger.frame === "speech" &&
          (bySentence.get(c.sentence.index) ?? []).some(
            (v) =>
              sameSentenceVerb(c, v) &&
              v.trigger.tokenStart < c.trigger.tokenStart &&
              (v.type === c.type || isObjectOf(c, v)),
          )
        ),
    );
  },
};
