import type { EventCandidate } from "../EventCandidate.ts";
import type { Refiner } from "./Refiner.ts";

/** How many sentences back a denial may reach for the accusation it denies. */
const REACH = 2;

/**
 * A denial is addressed to the accuser (GUIDELINE §3) and answers the accusation: "Pakistan
 * accuses the Taliban of harbouring the TTP, an allegation Kabul denies" gives Kabul's REJECT the
 * target Pakistan and a link to the accusation. A denial by the accused with a target already set
 * keeps it. Only what is said denies: an act of rejection ("suspended the treaty") answers no
 * accusation.
 */
export const denialTargetRefiner: Refiner = {
  id: "denial-target",
  refine(_context, candidates) {
    const accusations: EventCandidate[] = [];
    for (const c of candidates) {
      if (c.type === "ACCUSE") accusations.push(c);
      if (c.type !== "REJECT" || c.trigger.trigger.frame !== "speech") continue;
      const accusation = accusations
        .filter((a) => c.sentence.index - a.sentence.index <= REACH && a.source)
        .pop();
      if (!accusation?.source) continue;
      if (!c.target || c.target.mention === accusation.target?.mention) {
        c.target = { mention: accusation.source.mention, rule: "denial-addresses-accuser" };
        c.rules.push("denial-addresses-accuser");
      }
      if (c.mode === "other") c.mode = "deny";
      if (!c.respondsTo.includes(accusation)) c.respondsTo.push(accusation);
    }
    return candidates;
  },
};
