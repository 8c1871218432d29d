import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";

/** How many sentences back a reply may reach for what it answers ("In response, ..."). */
const REACH = 3;

/** The latest statement among the candidates before a sentence: what "his remarks" refer to. */
function latestStatement(candidates: readonly EventCandidate[], sentence: number): EventCandidate | null {
  return (
    candidates
      .filter(
        (c) =>
          c.trigger.trigger.frame === "speech" &&
          c.sentence.index <= sentence &&
          sentence - c.sentence.index <= REACH,
      )
      .pop() ?? null
  );
}

function statementNounBefore(
  context: RefinerContext,
  c: { sentence: EventCandidate["sentence"] },
  at: number,
): boolean {
  const { tokens } = c.sentence;
  for (let i = Math.max(0, at - 4); i < at; i++)
    if (context.kb.cues.statementNouns.longestAt(tokens, i)) return true;
  return false;
}

/**
 * Links an event to the earlier one the text says it answers (GUIDELINE §7): across a causal cue
 * ("in retaliation for", "in response to", "hours after", "followed", "came after") the event
 * before the cue answers the event after it. "Mr. Asif's remarks came after ..." links his latest
 * statement; a sentence opening with the cue ("In response, ...") answers the previous sentence.
 */
export const causalLinkRefiner: Refiner = {
  id: "causal-links",
  refine(context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    for (const facts of context.facts) {
      const { tokens, index } = facts.sentence;
      const inSentence = bySentence.get(index);
      // A link joins an event of the sentence to another: a sentence without one has none to make.
      if (!inSentence) continue;
      for (let i = 0; i < tokens.length; i++) {
        const cue = context.kb.cues.causal.longestAt(tokens, i);
        if (!cue) continue;
        const after = inSentence.find((c) => c.trigger.tokenStart >= cue.end);
        const before = inSentence.filter((c) => c.trigger.tokenEnd <= i).pop();
        let response: EventCandidate | null = before ?? null;
        let cause: EventCandidate | null = after ?? null;
        if (!response && statementNounBefore(context, facts, i))
          response = latestStatement(candidates, index);
        // "Hours after the clashes, Pakistan closed the border": the event the cue's phrase names is
        // the cause, the main clause after the comma its response.
        const comma = tokens.findIndex((t, k) => k >= cue.end && t.text === ",");
        const main =
          after && comma > 0 && after.trigger.tokenEnd <= comma
            ? inSentence.find((c) => c.trigger.tokenStart > comma && c !== after)
            : undefined;
        if (!response && main) {
          response = main;
          cause = after ?? null;
        } else if (!response && i <= 1) {
          // "In response, X struck ...": the act after the cue answers the previous sentence.
          response = after ?? null;
          cause =
            candidates.filter((c) => c.sentence.index < index && index - c.sentence.index <= REACH).pop() ??
            null;
        }
        // "a car bombing, followed by a gun battle": the cue's passive turns the order round.
        if (tokens[cue.end]?.fold === "by") [response, cause] = [cause, response];
        if (response && cause && response !== cause && !response.respondsTo.includes(cause)) {
          response.respondsTo.push(cause);
          response.rules.push(`causal-cue:${cue.values[0]}`);
        }
        i = cue.end - 1;
      }
    }
    return candidates;
  },
};
