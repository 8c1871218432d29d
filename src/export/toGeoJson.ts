import { type Actor, actorKey } from "../core/actor.ts";
import type { CountQualifier, EventLocation, PlacePrecision } from "../core/ConflictEvent.ts";
import type { DatePrecision } from "../core/DateRange.ts";
import type { ExportedEvent } from "./ExportedEvent.ts";

/** Flat properties, as map tools show them best; null where the event leaves a field empty. */
export interface EventFeatureProperties {
  event_id: string;
  doc: string;
  type: string;
  mode: string;
  negated: boolean;
  source_name: string | null;
  source_key: string | null;
  target_name: string | null;
  target_key: string | null;
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision | null;
  fatalities: number | null;
  fatalities_qualifier: CountQualifier | null;
  injuries: number | null;
  injuries_qualifier: CountQualifier | null;
  location: string;
  admin1: string | null;
  /** ISO 3166-1 alpha-3. */
  country: string;
  precision: PlacePrecision;
  /** The first evidence text, verbatim. */
  evidence: string | null;
}

/** An RFC 7946 Point Feature for one place of one event. */
export interface EventPointFeature {
  type: "Feature";
  /** `<event id>:<index of the location in the event's list>`, e.g. "d12.e3:0". */
  id: string;
  geometry: { type: "Point"; coordinates: [lon: number, lat: number] };
  properties: EventFeatureProperties;
}

/**
 * The text around the features, for a caller that streams them: write `open`, then each feature's
 * `JSON.stringify` with `separator` between two of them, then `close`. One feature per line.
 */
export const GEOJSON_TEXT = {
  open: '{"type":"FeatureCollection","features":[\n',
  separator: ",\n",
  close: "\n]}\n",
} as const;

type Coordinates = { lat: number; lon: number };

const hasCoordinates = (l: EventLocation): l is EventLocation & Coordinates =>
  Number.isFinite(l.lat) && Number.isFinite(l.lon);

const nameOf = (actor: Actor | null) => actor?.name ?? null;
const keyOf = (actor: Actor | null) => (actor ? actorKey(actor) : null);

/**
 * One Point Feature per location of the event that has coordinates, in the event's order
 * (coordinates `[lon, lat]`, as RFC 7946 orders them). Locations without coordinates, and so events
 * with none, yield no feature: a map cannot place them.
 */
export function geoJsonFeatures({ event }: ExportedEvent): EventPointFeature[] {
  return event.locations.flatMap((location, index) => {
    if (!hasCoordinates(location)) return [];
    return [
      {
        type: "Feature" as const,
        id: `${event.id}:${index}`,
        geometry: { type: "Point" as const, coordinates: [location.lon, location.lat] as [number, number] },
        properties: {
          event_id: event.id,
          doc: event.doc,
          type: event.type,
          mode: event.mode,
          negated: event.negated,
          source_name: nameOf(event.source),
          source_key: keyOf(event.source),
          target_name: nameOf(event.target),
          target_key: keyOf(event.target),
          date_start: event.date?.start ?? null,
          date_end: event.date?.end ?? null,
          date_precision: event.date?.precision ?? null,
          fatalities: event.fatalities?.count ?? null,
          fatalities_qualifier: event.fatalities?.qualifier ?? null,
          injuries: event.injuries?.count ?? null,
          injuries_qualifier: event.injuries?.qualifier ?? null,
          location: location.name,
          admin1: location.admin1,
          country: location.country,
          precision: location.precision,
          evidence: event.evidence[0]?.text ?? null,
        },
      },
    ];
  });
}

/**
 * The events as an RFC 7946 FeatureCollection (WGS 84, `[lon, lat]`): one Point Feature per event
 * location with coordinates; events without any are left out. Laid out as GEOJSON_TEXT describes.
 */
export function toGeoJson(events: Iterable<ExportedEvent>): string {
  const features: string[] = [];
  for (const e of events) for (const feature of geoJsonFeatures(e)) features.push(JSON.stringify(feature));
  return `${GEOJSON_TEXT.open}${features.join(GEOJSON_TEXT.separator)}${GEOJSON_TEXT.close}`;
}
