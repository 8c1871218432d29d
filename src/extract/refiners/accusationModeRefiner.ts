import type { Refiner } from "./Refiner.ts";

// What an accusation is about, from the words after it (GUIDELINE §2 ACCUSE modes).
const MODE_WORDS: Array<[RegExp, string]> = [
  [/^(harbou?r|shelter|safe haven|sanctuar|host)/, "harbouring"],
  [/^(prox|collu|back|sponsor|support|fund|arm)/, "proxy"],
  [/^(violat|breach|war crime|crimes against)/, "violation"],
];

/** Settles the mode of accusations from what they are about: "accuses X of harbouring Y" is harbouring. */
export const accusationModeRefiner: Refiner = {
  id: "accusation-mode",
  refine(_context, candidates) {
    for (const c of candidates) {
      if (c.type !== "ACCUSE") continue;
      const after = c.sentence.tokens.slice(c.trigger.tokenEnd, c.trigger.tokenEnd + 12);
      for (const token of after) {
        const hit = MODE_WORDS.find(([pattern]) => pattern.test(token.fold));
        if (hit) {
          c.mode = hit[1];
          c.rules.push(`accusation-mode:${hit[1]}`);
          break;
        }
      }
    }
    return candidates;
  },
};
