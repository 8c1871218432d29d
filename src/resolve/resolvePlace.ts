import type { EventLocation, PlacePrecision } from "../core/ConflictEvent.ts";
import type { PlaceMention } from "../extract/findPlaceMentions.ts";
import { placeId } from "../knowledge/placeId.ts";
import type { Place } from "../knowledge/types.ts";

const PRECISION: Record<Place["level"], PlacePrecision> = {
  country: "country",
  admin1: "province",
  admin2: "district",
  city: "city",
  crossing: "point",
  feature: "point",
  region: "province",
  sea: "point",
};

/**
 * The place a mention most likely denotes: the best-ranked candidate, preferring places in the
 * countries of the event's actors when there are such candidates.
 */
export function resolvePlace(
  mention: PlaceMention,
  actorCountries: readonly string[],
): { location: EventLocation; placeId: string } | null {
  const preferred = mention.candidates.find((c) => actorCountries.includes(c.place.country));
  const place = (preferred ?? mention.candidates[0])?.place;
  if (!place) return null;
  const location = {
    name: mention.text,
    country: place.country,
    admin1: place.admin1,
    lat: place.lat,
    lon: place.lon,
    precision: PRECISION[place.level],
  };
  return { location, placeId: placeId(place) };
}
