import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

// Triggers that report what an act caused ("killing 12", "were killed in attacks") rather than the act.
const RESULT_TRIGGERS = new Set(["kill"]);

/**
 * A killing reported beside the act that caused it is the act's outcome, not another event:
 * "troops attacked the posts, killing 12" and "400 people were killed in TTP attacks" are one
 * attack each. The victims of a passive outcome become the act's target when it has none; the
 * outcome's casualty counts go to the act (casualtyRefiner, which runs after). A killing with
 * its own agent ("civilians were killed by militias") is that agent's act: it gives the act a
 * source when the act has none, and stands on its own beside a clash or another party's act
 * ("during the clashes, 40 civilians were killed by the army").
 */
export const resultVerbRefiner: Refiner = {
  id: "result-verb",
  refine(_context, candidates) {
    const isResult = (c: EventCandidate) => RESULT_TRIGGERS.has(c.trigger.trigger.id);
    const bySentence = candidatesBySentence(candidates);
    return candidates.filter((c) => {
      if (!isResult(c)) return true;
      const act = (bySentence.get(c.sentence.index) ?? []).find((a) => a.type === "ASSAULT" && !isResult(a));
      if (!act) return true;
      const agent = c.trigger.passive && c.source?.rule === "passive-agent" ? c.source : null;
      if (agent && (act.mode === "armed_clash" || (act.source && act.source.mention !== agent.mention)))
        return true;
      if (agent && !act.source) {
        act.source = { mention: agent.mention, rule: "agent-of-outcome" };
        act.rules.push("agent-of-outcome");
      }
      if (c.trigger.passive && c.target && !act.target) {
        act.target = { mention: c.target.mention, rule: "victims-of-outcome" };
        act.rules.push("victims-of-outcome");
      }
      return false;
    });
  },
};
