import type { Refiner } from "./Refiner.ts";

/**
 * A statement noun that takes up a statement verb of its sentence names the same statement:
 * in "Pakistan accuses the Taliban of harbouring the TTP, an allegation Kabul denies" the
 * allegation is the accusation, not a second one.
 */
export const restatedNounRefiner: Refiner = {
  id: "restated-noun",
  refine(_context, candidates) {
    return candidates.filter(
      (c) =>
        !(
          c.trigger.form === "noun" &&
          c.trigger.trigger.frame === "speech" &&
          candidates.some(
            (v) =>
              v !== c &&
              v.sentence.index === c.sentence.index &&
              v.type === c.type &&
              v.trigger.form === "verb" &&
              v.trigger.tokenStart < c.trigger.tokenStart,
          )
        ),
    );
  },
};
