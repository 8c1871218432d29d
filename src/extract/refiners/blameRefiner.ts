import type { Token } from "../../nlp/tokenize.ts";
import type { ActorMention } from "../ActorMention.ts";
import type { Refiner } from "./Refiner.ts";

/** How far after an act its "(which) X blamed on Y" may stand. */
const BLAME_REACH = 8;
/** The verb and the preposition that name whom an act is blamed on. */
const BLAME_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ["blamed", "on"],
  ["attributed", "to"],
  ["pinned", "on"],
];

/** How many words ("the paramilitary") may stand between the preposition and the party blamed. */
const PARTY_REACH = 3;

/** Whether a blame phrase stands at token k ("blamed on"). */
function isBlamePhrase(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.fold;
  const preposition = tokens[k + 1]?.fold;
  return BLAME_PHRASES.some(([v, p]) => v === verb && p === preposition);
}

/**
 * An act that names no perpetrator and that the text says someone blamed on a party was done by
 * that party: "drone strikes the army blamed on the Rapid Support Forces", "an attack which police
 * attributed to the group". The blame itself stays an accusation of its own.
 */
export const blameRefiner: Refiner = {
  id: "blame",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type !== "ASSAULT" || c.source) continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      const { tokens } = c.sentence;
      const reach = Math.min(tokens.length, c.trigger.tokenEnd + BLAME_REACH);
      for (let k = c.trigger.tokenEnd; k < reach; k++) {
        if (!isBlamePhrase(tokens, k)) continue;
        const blamed: ActorMention | undefined = facts.actors.find(
          (m) => m.tokenStart >= k + 2 && m.tokenStart <= k + 2 + PARTY_REACH,
        );
        if (blamed) {
          c.source = { mention: blamed, rule: "blamed-on" };
          c.rules.push("blamed-on");
          // "strikes the army blamed on ...": who blames is no target of the act.
          const target = c.target?.mention;
          if (target && target.tokenStart >= c.trigger.tokenEnd && target.tokenStart < k) c.target = null;
        }
        break;
      }
    }
    return candidates;
  },
};
