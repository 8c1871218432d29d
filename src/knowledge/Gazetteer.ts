import type { Token } from "../nlp/tokenize.ts";
import { PhraseIndex, type PhraseMatch } from "./PhraseIndex.ts";
import type { Place } from "./types.ts";

export interface PlaceCandidate {
  place: Place;
  score: number;
}

export interface PlaceLookupOptions {
  /** Countries the context points to (the actors' countries); their places rank first. */
  preferCountries?: readonly string[];
}

// Ranking: a bigger place is the likelier reading of a bare name; a country outranks anything
// of the same name; a capital or division seat outranks other towns and, narrowly, the division
// it is the seat of ("Kandahar" is the city before the province).
const LEVEL_BONUS: Record<Place["level"], number> = {
  country: 12,
  admin1: 2,
  admin2: 1,
  city: 0,
  crossing: 2,
  feature: 2,
  region: 3,
  sea: 3,
};
const FEATURE_BONUS: Record<string, number> = { PPLC: 3, PPLA: 2.5, PPLA2: 1 };
const CURATED_BONUS = 1;
const PREFERRED_COUNTRY_BONUS = 3;

/** The places without repeats, in order (most names name one place: no set is built for them). */
function distinct(places: readonly Place[]): readonly Place[] {
  return places.length === 1 ? places : [...new Set(places)];
}

function placeScore(place: Place): number {
  return (
    Math.log10(place.population + 1) +
    LEVEL_BONUS[place.level] +
    (FEATURE_BONUS[place.featureCode] ?? 0) +
    (place.curated ? CURATED_BONUS : 0)
  );
}

/** Every known place by name, with ranked candidates for an ambiguous name. */
export class Gazetteer {
  private readonly index: PhraseIndex<Place>;

  constructor(readonly places: readonly Place[]) {
    this.index = PhraseIndex.build(
      places.flatMap((p) => [p.name, ...p.altNames].map((n) => [n, p] as const)),
    );
  }

  get size(): number {
    return this.places.length;
  }

  /** Candidates for a name, best first. */
  lookup(name: string, options: PlaceLookupOptions = {}): PlaceCandidate[] {
    return this.rank(distinct(this.index.get(name)), options);
  }

  /** The longest place name starting at a token, with its ranked candidates. */
  matchAt(
    tokens: readonly Token[],
    start: number,
    options: PlaceLookupOptions = {},
  ): (Omit<PhraseMatch<Place>, "values"> & { candidates: PlaceCandidate[] }) | null {
    const found = this.index.longestAt(tokens, start);
    if (!found) return null;
    return { start: found.start, end: found.end, candidates: this.rank(distinct(found.values), options) };
  }

  private rank(places: readonly Place[], { preferCountries = [] }: PlaceLookupOptions): PlaceCandidate[] {
    return places
      .map((place) => ({
        place,
        score: placeScore(place) + (preferCountries.includes(place.country) ? PREFERRED_COUNTRY_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score);
  }
}
