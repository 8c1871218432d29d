import type { EventCandidate } from "../EventCandidate.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { Refiner } from "./Refiner.ts";

/** Acts that are a party's decision, which a speaker announces for their side. */
const DECISION_TYPES = new Set(["REJECT", "AGREE"]);
const OPENING_QUOTES = new Set(["“", '"', "‘", "«"]);

/** The speaker a sentence names with a speech verb ("Asif wrote", "said the minister"), if any. */
function speakerIn(facts: SentenceFacts | undefined) {
  if (!facts) return null;
  const { sentence } = facts;
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (!facts.speechCues[i] || tokens[i]?.fold === "according") continue;
    const before = facts.actors.filter((m) => m.tokenEnd <= i && i - m.tokenEnd <= 3).pop();
    const after = facts.actors.find((m) => m.tokenStart > i && m.tokenStart <= i + 3);
    const speaker = before ?? after;
    if (speaker) return { speaker, sentence };
  }
  return null;
}

/**
 * A statement in a quotation that names no speaker belongs to the speaker of the sentence before
 * or after it: “Now it is open war”, after “... Khawaja Asif wrote on Friday”, is Asif's, made
 * on Friday, and stated by both sentences.
 */
export const quotedSpeakerRefiner: Refiner = {
  id: "quoted-speaker",
  refine(context, candidates: EventCandidate[]) {
    for (const c of candidates) {
      // A passive decision with no agent in a quotation ("the dialogue has been suspended") is the speaker's.
      const speakersAct = c.trigger.passive && DECISION_TYPES.has(c.type);
      if (c.source || (c.trigger.trigger.frame !== "speech" && !speakersAct)) continue;
      const first = c.sentence.tokens[0];
      if (!first || !OPENING_QUOTES.has(first.text)) continue;
      const index = c.sentence.index;
      const found =
        speakerIn(context.facts[index]) ??
        speakerIn(context.facts[index - 1]) ??
        speakerIn(context.facts[index + 1]);
      if (!found) continue;
      c.source = { mention: found.speaker, rule: "speaker-of-quotation" };
      c.rules.push("speaker-of-quotation");
      if (found.sentence.index !== index) {
        // The sentence that names the speaker states the event too, and says when.
        c.evidence.push({ start: found.sentence.start, end: found.sentence.end });
        c.evidence.sort((a, b) => a.start - b.start);
        c.timedBy = found.sentence.index;
      }
    }
    return candidates;
  },
};
