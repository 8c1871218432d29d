import { foldWord } from "../core/foldText.ts";
import type { Place } from "./types.ts";

const slug = (text: string) =>
  foldWord(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// Events name the same few places again and again: each place's id is worked out once.
const idsByPlace = new WeakMap<Place, string>();

/**
 * The knowledge-base id of a place: country, first-level division, name and level, as in
 * `AFG/kandahar/kandahar/city`. Stable for as long as the gazetteer holds the place.
 */
export function placeId(place: Place): string {
  let id = idsByPlace.get(place);
  if (id === undefined) {
    id = [place.country, slug(place.admin1 ?? ""), slug(place.name), place.level].join("/");
    idsByPlace.set(place, id);
  }
  return id;
}
