import type { DocumentExtraction } from "../extract/extractCandidates.ts";
import type { SentenceFacts } from "../extract/SentenceFacts.ts";

function mostFrequent(countries: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
  return best;
}

function countriesOf(facts: SentenceFacts): string[] {
  const places = facts.places.flatMap((p) => (p.candidates[0] ? [p.candidates[0].place.country] : []));
  const actors = facts.actors.flatMap((m) => m.refs.flatMap((r) => (r.entity === "country" ? [r.iso3] : [])));
  return [...places, ...actors];
}

/**
 * The country each sentence is about, for institutions named without their country ("security
 * forces"): the country of the places the sentence names, else the document's most named country.
 */
export function contextCountries(extraction: DocumentExtraction): Map<number, string | null> {
  const document = mostFrequent(extraction.facts.flatMap(countriesOf));
  const bySentence = new Map<number, string | null>();
  for (const facts of extraction.facts) {
    const places = facts.places.flatMap((p) => (p.candidates[0] ? [p.candidates[0].place.country] : []));
    bySentence.set(facts.sentence.index, mostFrequent(places) ?? document);
  }
  return bySentence;
}
