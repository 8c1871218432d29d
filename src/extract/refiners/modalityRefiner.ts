import type { EventCandidate } from "../EventCandidate.ts";
import { speakerBefore } from "../roleSlots.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner, RefinerContext } from "./Refiner.ts";

const WINDOW = 5;
/** An infinitive's modal may stand further back: "will begin on Thursday an effort to round up". */
const INFINITIVE_WINDOW = 10;
/** How close a modal must be to a threat verb to make the threat itself hypothetical ("could threaten"). */
const THREAT_MODAL_WINDOW = 2;
// Acts a party can announce: an announced one is a threat by that party.
const THREATENABLE = new Set(["ASSAULT", "COERCE"]);

/** Whether a cue phrase from the index ends within `window` tokens before the trigger, in its clause. */
function cueBefore(
  context: RefinerContext,
  candidate: EventCandidate,
  kind: "negation" | "hypothetical",
  window = WINDOW,
): boolean {
  const facts = context.facts[candidate.sentence.index];
  if (!facts) return false;
  const { tokens } = candidate.sentence;
  const at = candidate.trigger.tokenStart;
  const clause = facts.clauses[at];
  for (let s = Math.max(0, at - window); s < at; s++) {
    if (facts.clauses[s] !== clause) continue;
    const cue = context.kb.cues[kind].longestAt(tokens, s);
    // "talks fail, ceasefire remains": a negation does not reach past a comma.
    const crossesComma =
      kind === "negation" && cue !== null && tokens.slice(cue.end, at).some((t) => t.text === ",");
    if (cue && cue.end <= at && !crossesComma) return true;
  }
  return false;
}

// A noun followed by one of these is the subject of a possibility: "a ceasefire would mark ...".
const MODALS = new Set(["would", "could", "may", "might", "will", "should", "can"]);

function isSubjectOfModal(c: EventCandidate): boolean {
  return c.trigger.form === "noun" && MODALS.has(c.sentence.tokens[c.trigger.tokenEnd]?.fold ?? "");
}

/** The party whose words report a planned act: "Islamabad says it will carry out strikes". */
function announcer(context: RefinerContext, candidate: EventCandidate) {
  const facts = context.facts[candidate.sentence.index];
  if (!facts) return null;
  const { tokens } = candidate.sentence;
  const found = speakerBefore(
    facts,
    candidate.trigger.tokenStart,
    (i) => facts.speechCues[i] != null && tokens[i]?.fold !== "according",
  );
  return found?.speaker ?? null;
}

/** How far after talks the act they are about may be named: "discuss the American pullout". */
const TOPIC_REACH = 3;

/**
 * An act named as what talks are about ("decided to discuss American pullout") is not yet done.
 * `sameSentence` holds the candidates of the act's sentence.
 */
function isTopicOfTalks(c: EventCandidate, sameSentence: readonly EventCandidate[]): boolean {
  if (c.trigger.form !== "noun" || c.type === "CONSULT") return false;
  return sameSentence.some(
    (t) =>
      t.type === "CONSULT" &&
      t.mode === "talks" &&
      t.trigger.tokenEnd <= c.trigger.tokenStart &&
      c.trigger.tokenStart - t.trigger.tokenEnd <= TOPIC_REACH,
  );
}

/** How far after a planned act a participle may describe it. */
const PARTICIPLE_REACH = 6;

/**
 * A participle right after a planned act describes that act, not one of its own: in "it will
 * carry out strikes inside Afghanistan targeting TTP camps" nothing has been targeted yet.
 */
function describesPlannedAct(c: EventCandidate, planned: readonly EventCandidate[]): boolean {
  if (c.trigger.form !== "verb" || !c.trigger.text.endsWith("ing")) return false;
  return planned.some(
    (p) =>
      p.sentence === c.sentence &&
      p.trigger.tokenEnd <= c.trigger.tokenStart &&
      c.trigger.tokenStart - p.trigger.tokenEnd <= PARTICIPLE_REACH,
  );
}

/**
 * Marks what the text says did not happen (negated) and what it presents as only possible,
 * planned or conditional (hypothetical, dropped later). A hostile act a named party announces
 * for the future is a threat by that party: "Islamabad says it will carry out strikes" is THREATEN.
 */
export const modalityRefiner: Refiner = {
  id: "modality",
  refine(context, candidates) {
    const planned: EventCandidate[] = [];
    const bySentence = candidatesBySentence(candidates);
    for (const c of candidates) {
      if (isTopicOfTalks(c, bySentence.get(c.sentence.index) ?? [])) {
        c.hypothetical = true;
        c.rules.push("topic-of-talks");
        continue;
      }
      if (describesPlannedAct(c, planned)) {
        c.hypothetical = true;
        c.rules.push("participle-of-planned-act");
        continue;
      }
      if (c.type === "THREATEN") {
        if (cueBefore(context, c, "hypothetical", THREAT_MODAL_WINDOW)) {
          c.hypothetical = true;
          c.rules.push("hypothetical-threat");
        }
        continue;
      }
      if (cueBefore(context, c, "negation")) {
        c.negated = true;
        c.rules.push("negation-cue");
      }
      const infinitive =
        c.trigger.form === "verb" && c.sentence.tokens[c.trigger.tokenStart - 1]?.fold === "to";
      const reach = infinitive ? INFINITIVE_WINDOW : WINDOW;
      if (!cueBefore(context, c, "hypothetical", reach) && !isSubjectOfModal(c)) continue;
      // GUIDELINE §1: an announced act is a threat only when it is aimed at another party.
      const speaker = THREATENABLE.has(c.type) && c.target ? announcer(context, c) : null;
      planned.push(c);
      if (speaker) {
        c.type = "THREATEN";
        c.mode = "other";
        c.source = { mention: speaker, rule: "announced-act-is-threat" };
        c.rules.push("announced-act-is-threat");
      } else {
        c.hypothetical = true;
        c.rules.push("hypothetical-cue");
      }
    }
    return candidates;
  },
};
