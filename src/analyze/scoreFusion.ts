/** A labelled pair of passages: do they report one real-world event? */
export interface LabelledPair {
  type: string;
  type_b?: string;
  a: { doc: string; text: string };
  b: { doc: string; text: string };
  same: boolean;
  note?: string;
}

/** What fusion made of one passage: the fused event holding the report extracted there, or null when none was. */
export type FusedIdOf = (passage: { doc: string; text: string }, type: string) => string | null;

export interface FusionScore {
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Same-event pairs missed because a passage yielded no report of that type. */
  unextracted: number;
  precision: number;
  recall: number;
  f1: number;
  /** The pairs fusion got wrong, for reading. */
  errors: { pair: LabelledPair; predicted: boolean }[];
}

/**
 * Scores fusion on labelled pairs: a pair is predicted the same event when both passages yielded a
 * report and fusion put the two reports in one fused event. Precision over the pairs predicted
 * same, recall over the pairs labelled same (a passage that yielded no report counts as a miss).
 */
export function scoreFusion(pairs: readonly LabelledPair[], fusedIdOf: FusedIdOf): FusionScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let unextracted = 0;
  const errors: FusionScore["errors"] = [];
  for (const pair of pairs) {
    const a = fusedIdOf(pair.a, pair.type);
    const b = fusedIdOf(pair.b, pair.type_b ?? pair.type);
    const predicted = a !== null && a === b;
    if (predicted && pair.same) truePositives++;
    else if (predicted) falsePositives++;
    else if (pair.same) {
      falseNegatives++;
      if (a === null || b === null) unextracted++;
    }
    if (predicted !== pair.same) errors.push({ pair, predicted });
  }
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    pairs: pairs.length,
    truePositives,
    falsePositives,
    falseNegatives,
    unextracted,
    precision,
    recall,
    f1,
    errors,
  };
}
