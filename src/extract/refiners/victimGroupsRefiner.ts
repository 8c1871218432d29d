import type { ActorMention } from "../ActorMention.ts";
import type { EventCandidate } from "../EventCandidate.ts";
import type { CasualtyCount } from "../findCasualtyCounts.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";
import { victimsAfter } from "./victimsAfter.ts";

/** The counts that are the subject of a passive act: after the sentence's previous trigger, before this one. */
function subjectCounts(facts: SentenceFacts, c: EventCandidate): CasualtyCount[] {
  const previous = facts.triggers.filter((t) => t.tokenEnd <= c.trigger.tokenStart).pop();
  const from = previous?.tokenEnd ?? 0;
  return facts.casualties.filter((n) => n.tokenStart >= from && n.tokenEnd <= c.trigger.tokenStart);
}

function victimGroups(
  context: RefinerContext,
  facts: SentenceFacts,
  c: EventCandidate,
): Array<{ count: CasualtyCount; victims: ActorMention }> {
  return subjectCounts(facts, c).flatMap((count) => {
    const victims = victimsAfter(context, facts, count.tokenEnd, c.trigger.tokenStart);
    return victims ? [{ count, victims }] : [];
  });
}

/**
 * "121 soldiers and 26 civilians were killed by the militants": one act per group of victims,
 * each with its own count and its own target (GUIDELINE §3, the victims' kind decides the key).
 */
export const victimGroupsRefiner: Refiner = {
  id: "victim-groups",
  refine(context, candidates) {
    return candidates.flatMap((c) => {
      const facts = context.facts[c.sentence.index];
      if (!facts || c.type !== "ASSAULT" || !c.trigger.passive) return [c];
      const groups = victimGroups(context, facts, c);
      if (groups.length < 2) return [c];
      return groups.map(({ count, victims }, i) => ({
        ...c,
        target: { mention: victims, rule: "victim-group" },
        fatalities: count.kind === "fatalities" ? count : null,
        injuries: count.kind === "injuries" ? count : null,
        evidence: [...c.evidence],
        respondsTo: i === 0 ? c.respondsTo : [...c.respondsTo],
        rules: [
          ...c.rules.filter((r) => !r.startsWith("casualties:")),
          `casualties:${count.kind}`,
          "victim-group",
        ],
      }));
    });
  },
};
