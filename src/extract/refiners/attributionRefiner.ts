import type { ActorMention } from "../ActorMention.ts";
import { subjectBefore } from "../roleSlots.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { Refiner } from "./Refiner.ts";

/**
 * Who the sentence relies on for what is at token `at`: "according to X" anywhere; "X said (that)
 * ..." for what follows the verb; "..., X said." for what precedes a speech verb closing the sentence.
 */
function speakerOf(facts: SentenceFacts, at: number): ActorMention | null {
  const { tokens } = facts.sentence;
  for (const cue of facts.speechCues) {
    if (!cue) continue;
    const i = cue.start;
    // A speech verb after the event reports it only when it closes the sentence ("..., officials said").
    const closesSentence =
      tokens.slice(cue.end).every((t) => t.kind === "punct") || tokens[cue.end]?.text === ",";
    if (tokens[i]?.fold !== "according" && i > at && !closesSentence) continue;
    if (tokens[i]?.fold === "according") {
      const after = facts.actors.find((m) => m.tokenStart >= cue.end && m.tokenStart <= cue.end + 2);
      if (after) return after;
      continue;
    }
    // The speaker is the subject of the speech verb, or the name right after it ("said X").
    const before = subjectBefore(facts, i, true);
    if (before && i - before.tokenEnd <= 12) return before;
    const after = facts.actors.find((m) => m.tokenStart === cue.end);
    if (after) return after;
  }
  return null;
}

/**
 * Sets the attribution of a reported action to the party the text relies on. Statements are not
 * attributed: their speaker is their source.
 */
export const attributionRefiner: Refiner = {
  id: "attribution",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.trigger.trigger.frame === "speech" || c.attribution) continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      const speaker = speakerOf(facts, c.trigger.tokenStart);
      if (speaker && speaker !== c.source?.mention && speaker !== c.target?.mention) {
        c.attribution = { mention: speaker, rule: "speech-cue-speaker" };
        c.rules.push("speech-cue-speaker");
      }
    }
    return candidates;
  },
};
