import type { PlaceCandidate } from "../knowledge/Gazetteer.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";

/** A place name in a sentence, with its ranked gazetteer candidates and the preposition before it. */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  candidates: PlaceCandidate[];
  preposition: string | null;
}

const LOCATIVE = new Set(
  "in at near on across into inside outside from to toward towards around along over throughout of within between and".split(
    " ",
  ),
);
// Without a locative word before it, a name must be a well-known place to count.
const WELL_KNOWN_POPULATION = 100_000;

function isWellKnown(candidates: readonly PlaceCandidate[]): boolean {
  const best = candidates[0]?.place;
  if (!best) return false;
  return (
    best.curated ||
    best.level === "country" ||
    best.level === "admin1" ||
    best.population >= WELL_KNOWN_POPULATION
  );
}

/**
 * Finds place names: the longest gazetteer name at each word, capitalised as the gazetteer writes
 * it. A name counts after a locative word ("in Paktia", "near Torkham") or when the place is well
 * known (a country, a province, a big city, a curated place); other capitalised words that happen
 * to name a village ("Summary", "Most") do not.
 */
export function findPlaceMentions(
  kb: KnowledgeBase,
  text: string,
  tokens: readonly Token[],
  preferCountries: readonly string[] = [],
): PlaceMention[] {
  const found: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || token.case === "lower" || kb.functionWords.has(token.fold)) {
      i++;
      continue;
    }
    const match = kb.places.matchAt(tokens, i, { preferCountries });
    if (!match || match.candidates.length === 0) {
      i++;
      continue;
    }
    const before = tokens[i - 1]?.fold ?? null;
    const preposition = before && LOCATIVE.has(before) ? before : null;
    if (preposition || isWellKnown(match.candidates)) {
      const last = tokens[match.end - 1] as Token;
      found.push({
        text: text.slice(token.start, last.end),
        start: token.start,
        end: last.end,
        tokenStart: i,
        tokenEnd: match.end,
        candidates: match.candidates,
        preposition,
      });
    }
    i = match.end;
  }
  return found;
}
