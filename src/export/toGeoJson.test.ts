import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConflictEvent, EventLocation } from "../core/ConflictEvent.ts";
import type { ExportedEvent } from "./ExportedEvent.ts";
import { type EventPointFeature, GEOJSON_TEXT, geoJsonFeatures, toGeoJson } from "./toGeoJson.ts";

const KABUL: EventLocation = {
  name: "Kabul",
  country: "AFG",
  admin1: "Kabul",
  lat: 34.5253,
  lon: 69.1783,
  precision: "city",
};
const KANDAHAR: EventLocation = {
  name: "Kandahar",
  country: "AFG",
  admin1: "Kandahar",
  lat: 31.6133,
  lon: 65.7101,
  precision: "city",
};
const PAKTIA: EventLocation = {
  name: "Paktia",
  country: "AFG",
  admin1: "Paktia",
  lat: null,
  lon: null,
  precision: "province",
};

function exported(event: Partial<ConflictEvent> = {}): ExportedEvent {
  return {
    event: {
      id: "d12.e3",
      doc: "dawn-2026-02-27",
      type: "ASSAULT",
      mode: "air",
      source: { name: "Pakistan Air Force", country: "PAK", kind: "STATE" },
      target: { name: "Tehreek-e-Taliban Pakistan", country: "PAK", kind: "REBEL" },
      date: { start: "2026-02-27", end: "2026-02-27", precision: "day" },
      locations: [KABUL],
      fatalities: { count: 13, qualifier: "at_least" },
      injuries: { count: 4, qualifier: "exact" },
      attribution: null,
      negated: false,
      in_response_to: [],
      evidence: [
        { text: "Strikes hit Kabul.", start: 0, end: 18 },
        { text: "Later strikes.", start: 19, end: 33 },
      ],
      ...event,
    },
    document: { id: "dawn-2026-02-27", title: "Strikes", url: null, source: "Dawn", published: "2026-02-27" },
  };
}

const KABUL_FEATURE: EventPointFeature = {
  type: "Feature",
  id: "d12.e3:0",
  geometry: { type: "Point", coordinates: [69.1783, 34.5253] },
  properties: {
    event_id: "d12.e3",
    doc: "dawn-2026-02-27",
    type: "ASSAULT",
    mode: "air",
    negated: false,
    source_name: "Pakistan Air Force",
    source_key: "PAK:STATE",
    target_name: "Tehreek-e-Taliban Pakistan",
    target_key: "Tehreek-e-Taliban Pakistan",
    date_start: "2026-02-27",
    date_end: "2026-02-27",
    date_precision: "day",
    fatalities: 13,
    fatalities_qualifier: "at_least",
    injuries: 4,
    injuries_qualifier: "exact",
    location: "Kabul",
    admin1: "Kabul",
    country: "AFG",
    precision: "city",
    evidence: "Strikes hit Kabul.",
  },
};

describe("GeoJSON export", () => {
  it("prints one Point Feature with [lon, lat] coordinates and the event's properties", () => {
    const text = toGeoJson([exported()]);
    assert.equal(text, `{"type":"FeatureCollection","features":[\n${JSON.stringify(KABUL_FEATURE)}\n]}\n`);
    const collection = JSON.parse(text);
    assert.equal(collection.type, "FeatureCollection");
    assert.deepEqual(collection.features[0].geometry.coordinates, [69.1783, 34.5253]);
  });

  const cases: [string, EventLocation[], string[], [number, number][]][] = [
    ["one place with coordinates", [KABUL], ["d12.e3:0"], [[69.1783, 34.5253]]],
    [
      "two places with coordinates, in the event's order",
      [KABUL, KANDAHAR],
      ["d12.e3:0", "d12.e3:1"],
      [
        [69.1783, 34.5253],
        [65.7101, 31.6133],
      ],
    ],
    [
      "a place without coordinates between two with",
      [KABUL, PAKTIA, KANDAHAR],
      ["d12.e3:0", "d12.e3:2"],
      [
        [69.1783, 34.5253],
        [65.7101, 31.6133],
      ],
    ],
    ["only a place without coordinates", [PAKTIA], [], []],
    ["a place with a latitude but no longitude", [{ ...KABUL, lon: null }], [], []],
    ["no place", [], [], []],
  ];
  for (const [name, locations, ids, coordinates] of cases)
    it(`yields features ${JSON.stringify(ids)} for ${name}`, () => {
      const features = geoJsonFeatures(exported({ locations }));
      assert.deepEqual(
        features.map((f) => f.id),
        ids,
      );
      assert.deepEqual(
        features.map((f) => f.geometry.coordinates),
        coordinates,
      );
    });

  const properties: [string, Partial<ConflictEvent>, Partial<EventPointFeature["properties"]>][] = [
    [
      "no actors, date, counts or evidence",
      { source: null, target: null, date: null, fatalities: null, injuries: null, evidence: [] },
      {
        source_name: null,
        source_key: null,
        target_name: null,
        target_key: null,
        date_start: null,
        date_end: null,
        date_precision: null,
        fatalities: null,
        fatalities_qualifier: null,
        injuries: null,
        injuries_qualifier: null,
        evidence: null,
      },
    ],
    [
      "civilians as target, a month, a negated event",
      {
        target: { name: "Afghan civilians", country: "AFG", kind: "CIVILIANS" },
        date: { start: "2026-02-01", end: "2026-02-28", precision: "month" },
        negated: true,
      },
      {
        target_name: "Afghan civilians",
        target_key: "AFG:CIVILIANS",
        date_start: "2026-02-01",
        date_end: "2026-02-28",
        date_precision: "month",
        negated: true,
      },
    ],
  ];
  for (const [name, event, expected] of properties)
    it(`fills the properties for ${name}`, () => {
      const [feature] = geoJsonFeatures(exported(event));
      assert.ok(feature);
      assert.deepEqual(feature.properties, { ...KABUL_FEATURE.properties, ...expected });
    });

  it("leaves out events without coordinates and prints an empty collection for none", () => {
    const empty = `{"type":"FeatureCollection","features":[\n\n]}\n`;
    assert.equal(toGeoJson([]), empty);
    assert.equal(toGeoJson([exported({ locations: [PAKTIA] }), exported({ locations: [] })]), empty);
    assert.deepEqual(JSON.parse(empty), { type: "FeatureCollection", features: [] });
  });

  it("puts one feature per line, joined as GEOJSON_TEXT says, so a caller can stream them", () => {
    const events = [exported({ id: "d1.e1", locations: [KABUL, KANDAHAR] }), exported({ id: "d1.e2" })];
    const streamed =
      GEOJSON_TEXT.open +
      events
        .flatMap(geoJsonFeatures)
        .map((f) => JSON.stringify(f))
        .join(GEOJSON_TEXT.separator) +
      GEOJSON_TEXT.close;
    const text = toGeoJson(events);
    assert.equal(text, streamed);
    assert.equal(text.split("\n").length, 6);
    assert.deepEqual(
      JSON.parse(text).features.map((f: EventPointFeature) => f.id),
      ["d1.e1:0", "d1.e1:1", "d1.e2:0"],
    );
  });
});
