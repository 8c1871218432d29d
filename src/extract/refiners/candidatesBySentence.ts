import type { EventCandidate } from "../EventCandidate.ts";

/** The candidates of each sentence, in document order: what refiners compare a candidate with. */
export function candidatesBySentence(candidates: readonly EventCandidate[]): Map<number, EventCandidate[]> {
  const bySentence = new Map<number, EventCandidate[]>();
  for (const c of candidates) {
    const list = bySentence.get(c.sentence.index);
    if (list) list.push(c);
    else bySentence.set(c.sentence.index, [c]);
  }
  return bySentence;
}
