import type { DocumentExtraction } from "../extract/extractCandidates.ts";
import type { SentenceFacts } from "../extract/SentenceFacts.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";

function mostFrequent(countries: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
  return best;
}

/** The countries of the places a sentence names: of each place's likeliest reading. */
function placeCountries(facts: SentenceFacts): string[] {
  const countries: string[] = [];
  for (const p of facts.places) {
    const likeliest = p.candidates[0];
    if (likeliest) countries.push(likeliest.place.country);
  }
  return countries;
}

/** Countries a sentence names: of its places, its countries and the organisations it names. */
function countriesOf(kb: KnowledgeBase, facts: SentenceFacts): string[] {
  const countries = placeCountries(facts);
  for (const m of facts.actors)
    for (const r of m.refs) {
      if (r.entity === "country") {
        countries.push(r.iso3);
        continue;
      }
      const country = r.entity === "organisation" ? kb.organisations.get(r.id)?.country : null;
      if (country) countries.push(country);
    }
  return countries;
}

/**
 * The country each sentence is about, for institutions named without their country ("security
 * forces"): the country of the places the sentence names, else the country the document names most
 * (through its places, countries and organisations).
 */
export function contextCountries(
  kb: KnowledgeBase,
  extraction: DocumentExtraction,
): Map<number, string | null> {
  const document = mostFrequent(extraction.facts.flatMap((f) => countriesOf(kb, f)));
  const bySentence = new Map<number, string | null>();
  for (const facts of extraction.facts) {
    bySentence.set(facts.sentence.index, mostFrequent(placeCountries(facts)) ?? document);
  }
  return bySentence;
}
