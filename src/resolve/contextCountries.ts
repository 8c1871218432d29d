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

/** Countries a sentence names: of its places, its countries and the organisations it names. */
function countriesOf(kb: KnowledgeBase, facts: SentenceFacts): string[] {
  const places = facts.places.flatMap((p) => (p.candidates[0] ? [p.candidates[0].place.country] : []));
  const actors = facts.actors.flatMap((m) =>
    m.refs.flatMap((r) => {
      if (r.entity === "country") return [r.iso3];
      const country = r.entity === "organisation" ? kb.organisations.get(r.id)?.country : null;
      return country ? [country] : [];
    }),
  );
  return [...places, ...actors];
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
    const places = facts.places.flatMap((p) => (p.candidates[0] ? [p.candidates[0].place.country] : []));
    bySentence.set(facts.sentence.index, mostFrequent(places) ?? document);
  }
  return bySentence;
}
