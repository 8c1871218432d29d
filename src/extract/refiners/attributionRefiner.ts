import type { PhraseMatch } from "../../knowledge/PhraseIndex.ts";
import type { ActorMention } from "../ActorMention.ts";
import { subjectBefore } from "../roleSlots.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";

/** The speech cues of a sentence ("said", "according to"), by the token each starts at. */
function speechCuesOf(context: RefinerContext, facts: SentenceFacts): PhraseMatch<string>[] {
  const { tokens } = facts.sentence;
  const cues: PhraseMatch<string>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = context.kb.cues.speech.longestAt(tokens, i);
    if (cue) cues.push(cue);
  }
  return cues;
}

/**
 * Who the sentence relies on for what is at token `at`: "according to X" anywhere; "X said (that)
 * ..." for what follows the verb; "..., X said." for what precedes a speech verb closing the sentence.
 */
function speakerOf(
  facts: SentenceFacts,
  speechCues: readonly PhraseMatch<string>[],
  at: number,
): ActorMention | null {
  const { tokens } = facts.sentence;
  for (const cue of speechCues) {
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
    // Each sentence's speech cues, found once however many of its candidates ask.
    const speechCuesBySentence = new Map<SentenceFacts, PhraseMatch<string>[]>();
    for (const c of candidates) {
      if (c.trigger.trigger.frame === "speech" || c.attribution) continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      let speechCues = speechCuesBySentence.get(facts);
      if (!speechCues) {
        speechCues = speechCuesOf(context, facts);
        speechCuesBySentence.set(facts, speechCues);
      }
      const speaker = speakerOf(facts, speechCues, c.trigger.tokenStart);
      if (speaker && speaker !== c.source?.mention && speaker !== c.target?.mention) {
        c.attribution = { mention: speaker, rule: "speech-cue-speaker" };
        c.rules.push("speech-cue-speaker");
      }
    }
    return candidates;
  },
};
