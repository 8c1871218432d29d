import type { PlacePrecision } from "../core/ConflictEvent.ts";
import { acledEventDate } from "./acledEventDate.ts";
import { acledEventType } from "./acledEventType.ts";
import { acledInteraction, acledInterCode } from "./acledInterCode.ts";
import { countryInfo } from "./countryInfo.ts";
import { csvLine } from "./csvLine.ts";
import type { ExportedEvent } from "./ExportedEvent.ts";

/** ACLED's columns, in ACLED's order (the layout of its 2023 and later exports). */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** ACLED's geo_precision: 1 the town or a point, 2 a district or the area near a town, 3 a province or larger. */
const GEO_PRECISION: Readonly<Record<PlacePrecision, 1 | 2 | 3>> = {
  point: 1,
  city: 1,
  district: 2,
  province: 3,
  country: 3,
};

const CIVILIANS_INTER_CODE = 7;

const text = (value: number | string | null | undefined): string => (value == null ? "" : String(value));

/** The header line of the ACLED CSV, ending in LF. */
export function acledCsvHeader(): string {
  return csvLine(ACLED_COLUMNS);
}

/**
 * One event as one ACLED CSV line, ending in LF; fields are quoted per RFC 4180 where needed.
 *
 * - event_id_cnty: the store's event id ("d12.e3"), stable across exports.
 * - event_date: `YYYY-MM-DD` (the form of ACLED's API); the day for day precision, else the middle
 *   of the range (see acledEventDate.ts). Empty, with year and time_precision, when the date is unknown.
 * - event_type, sub_event_type, disorder_type: see acledEventType.ts; inter codes: acledInterCode.ts.
 * - actor1/actor2: the source and target names; assoc_actor_1/2 are left empty.
 * - civilian_targeting: "Civilian targeting" for political violence against an actor coded 7.
 * - The place is the event's first location (the most specific); ACLED records one place per event.
 *   iso (ISO 3166 numeric, as an integer), country (English common name) and region come from
 *   `world-countries` (region: acledRegion.ts); a country code it does not list is printed as the
 *   code, with iso and region empty. admin2 and admin3 are left empty. geo_precision: point or city 1,
 *   district 2, province or country 3. No location leaves all place columns empty.
 * - source: the document's outlet; source_scale is unknown and left empty.
 * - notes: the first evidence text, verbatim (line breaks kept inside the quotes).
 * - fatalities: the count, 0 when none is reported; a count that is not exact adds a tag
 *   ("fatalities=at least"), and an event reported as not having happened adds "negated". Tags are
 *   joined by "; ". Negated events are exported: whether to keep them is the caller's choice.
 * - timestamp (ACLED: when the row last changed) is left empty: an export is a pure function.
 */
export function acledCsvRow({ event, document }: ExportedEvent): string {
  const kind = acledEventType(event);
  const date = event.date ? acledEventDate(event.date) : null;
  const place = event.locations[0];
  const country = place ? countryInfo(place.country) : null;
  const tags = [
    ...(event.fatalities && event.fatalities.qualifier !== "exact"
      ? [`fatalities=${event.fatalities.qualifier.replace("_", " ")}`]
      : []),
    ...(event.negated ? ["negated"] : []),
  ];
  const row: Record<AcledColumn, string> = {
    event_id_cnty: event.id,
    event_date: text(date?.eventDate),
    year: text(date?.year),
    time_precision: text(date?.timePrecision),
    disorder_type: kind.disorderType,
    event_type: kind.eventType,
    sub_event_type: kind.subEventType,
    actor1: text(event.source?.name),
    assoc_actor_1: "",
    inter1: text(acledInterCode(event.source)),
    actor2: text(event.target?.name),
    assoc_actor_2: "",
    inter2: text(acledInterCode(event.target)),
    interaction: text(acledInteraction(event.source, event.target)),
    civilian_targeting:
      kind.disorderType === "Political violence" && acledInterCode(event.target) === CIVILIANS_INTER_CODE
        ? "Civilian targeting"
        : "",
    iso: text(country?.isoNumeric),
    region: text(country?.region),
    country: text(country?.name ?? place?.country),
    admin1: text(place?.admin1),
    admin2: "",
    admin3: "",
    location: text(place?.name),
    latitude: text(place?.lat),
    longitude: text(place?.lon),
    geo_precision: text(place && GEO_PRECISION[place.precision]),
    source: text(document.source),
    source_scale: "",
    notes: text(event.evidence[0]?.text),
    fatalities: text(event.fatalities?.count ?? 0),
    tags: tags.join("; "),
    timestamp: "",
  };
  return csvLine(ACLED_COLUMNS.map((column) => row[column]));
}

/** The events as an ACLED-style CSV: the header and one line per event, LF line endings. */
export function toAcledCsv(events: Iterable<ExportedEvent>): string {
  let csv = acledCsvHeader();
  for (const e of events) csv += acledCsvRow(e);
  return csv;
}
