import type { EventCandidate } from "../EventCandidate.ts";
import { candidatesBySentence } from "./candidatesBySentence.ts";
import type { Refiner } from "./Refiner.ts";

// Statements have no place unless the text says where they were made (GUIDELINE §5).
const PLACED_TYPES = new Set(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"]);

/** Whether a span overlaps the source or attribution of one of the candidates. */
function actsIn(candidates: readonly EventCandidate[], span: { start: number; end: number }): boolean {
  return candidates.some((o) =>
    [o.source?.mention, o.attribution?.mention].some((m) => m && span.start < m.end && m.start < span.end),
  );
}

/**
 * Gives a material event the places its sentence names; a name that is the source or the
 * attribution of an event of the sentence only where a preposition makes it a place.
 */
export const placeRefiner: Refiner = {
  id: "places",
  refine(context, candidates) {
    const bySentence = candidatesBySentence(candidates);
    for (const c of candidates) {
      if (!PLACED_TYPES.has(c.type) && !(c.type === "CONSULT" && (c.mode === "visit" || c.mode === "host")))
        continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      // A name that speaks or acts in the sentence ("the United States condemned") is a place only
      // where a preposition makes it one.
      const sentenceCandidates = bySentence.get(c.sentence.index) ?? [];
      c.places = facts.places.filter((p) => p.preposition !== null || !actsIn(sentenceCandidates, p));
      if (c.places.length > 0) c.rules.push("places-in-sentence");
    }
    return candidates;
  },
};
