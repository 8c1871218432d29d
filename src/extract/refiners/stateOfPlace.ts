import type { ActorMention } from "../ActorMention.ts";
import type { PlaceMention } from "../findPlaceMentions.ts";
import type { Sentence } from "../Sentence.ts";
import { contextMention } from "./victimsAfter.ts";

/**
 * The state that holds a place, as a mention of the place's own words: "strikes on Kandahar" hit
 * Afghanistan, "a mission in Delhi" is hosted by India. Null when the gazetteer gives no country.
 */
export function stateOfPlace(
  text: string,
  sentence: Sentence,
  place: PlaceMention,
  rule: string,
): ActorMention | null {
  const country = place.candidates[0]?.place.country;
  if (!country) return null;
  const mention = contextMention(text, sentence.tokens, place.tokenStart, place.tokenEnd, "STATE", rule);
  return {
    ...mention,
    refs: [{ entity: "country", iso3: country, via: "metonym" }],
    extension: { role: "institution", phrase: place.text },
    kindFromContext: null,
  };
}
