import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Actor, ActorKind } from "../core/actor.ts";
import type { ConflictEvent } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";
import { acledEventDate } from "./acledEventDate.ts";
import { acledRegion } from "./acledRegion.ts";
import { csvField } from "./csvLine.ts";
import type { ExportedDocument, ExportedEvent } from "./ExportedEvent.ts";
import { ACLED_COLUMNS, acledCsvHeader, acledCsvRow, toAcledCsv } from "./toAcledCsv.ts";

const actor = (
  kind: ActorKind,
  name: string = kind.toLowerCase(),
  country: string | null = "PAK",
): Actor => ({
  name,
  country,
  kind,
});

function exported(
  event: Partial<ConflictEvent> = {},
  document: Partial<ExportedDocument> = {},
): ExportedEvent {
  return {
    event: {
      id: "d1.e1",
      doc: "doc1",
      type: "ASSAULT",
      mode: "air",
      source: null,
      target: null,
      date: null,
      locations: [],
      fatalities: null,
      injuries: null,
      attribution: null,
      negated: false,
      in_response_to: [],
      evidence: [{ text: "An event.", start: 0, end: 9 }],
      ...event,
    },
    document: { id: "doc1", title: null, url: null, source: null, published: null, ...document },
  };
}

/** The named columns of a row whose fields hold no quotes, commas or line breaks. */
function columns(row: string, ...names: (typeof ACLED_COLUMNS)[number][]): string[] {
  assert.ok(!row.includes('"'), `row has quoted fields: ${row}`);
  const fields = row.replace(/\n$/, "").split(",");
  assert.equal(fields.length, ACLED_COLUMNS.length);
  return names.map((name) => fields[ACLED_COLUMNS.indexOf(name)] as string);
}

describe("ACLED CSV export", () => {
  const cases: [string, Partial<ConflictEvent>, string, string, string][] = [
    ["air strike", { mode: "air" }, "Political violence", "Explosions/Remote violence", "Air/drone strike"],
    [
      "shelling",
      { mode: "shelling" },
      "Political violence",
      "Explosions/Remote violence",
      "Shelling/artillery/missile attack",
    ],
    [
      "bombing (a suicide bombing cannot be told apart)",
      { mode: "bombing" },
      "Political violence",
      "Explosions/Remote violence",
      "Remote explosive/landmine/IED",
    ],
    ["armed clash", { mode: "armed_clash" }, "Political violence", "Battles", "Armed clash"],
    [
      "capture by rebels",
      { mode: "capture", source: actor("REBEL", "TTP") },
      "Political violence",
      "Battles",
      "Non-state actor overtakes territory",
    ],
    [
      "capture by a militia",
      { mode: "capture", source: actor("MILITIA") },
      "Political violence",
      "Battles",
      "Non-state actor overtakes territory",
    ],
    [
      "capture by a state",
      { mode: "capture", source: actor("STATE") },
      "Political violence",
      "Battles",
      "Government regains territory",
    ],
    ["capture by no known actor", { mode: "capture" }, "Political violence", "Battles", "Armed clash"],
    [
      "attack on civilians",
      { mode: "attack", target: actor("CIVILIANS") },
      "Political violence",
      "Violence against civilians",
      "Attack",
    ],
    [
      "attack on an unarmed party (OTHER)",
      { mode: "attack", target: actor("OTHER", "journalists") },
      "Political violence",
      "Violence against civilians",
      "Attack",
    ],
    [
      "attack on state forces",
      { mode: "attack", target: actor("STATE") },
      "Political violence",
      "Battles",
      "Armed clash",
    ],
    ["attack on no known target", { mode: "attack" }, "Political violence", "Battles", "Armed clash"],
    [
      "other assault on civilians",
      { mode: "other", target: actor("CIVILIANS") },
      "Political violence",
      "Violence against civilians",
      "Attack",
    ],
    [
      "other assault on rebels",
      { mode: "other", target: actor("REBEL") },
      "Political violence",
      "Battles",
      "Armed clash",
    ],
    [
      "arrest",
      { type: "COERCE", mode: "arrest" },
      "Strategic developments",
      "Strategic developments",
      "Arrests",
    ],
    [
      "seizure of property",
      { type: "COERCE", mode: "seize_property" },
      "Strategic developments",
      "Strategic developments",
      "Looting/property destruction",
    ],
    [
      "border closure",
      { type: "COERCE", mode: "border_closure" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "expulsion",
      { type: "COERCE", mode: "expel" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "ceasefire",
      { type: "AGREE", mode: "ceasefire" },
      "Strategic developments",
      "Strategic developments",
      "Agreement",
    ],
    [
      "treaty",
      { type: "AGREE", mode: "treaty" },
      "Strategic developments",
      "Strategic developments",
      "Agreement",
    ],
    [
      "troop build-up",
      { type: "MOBILIZE", mode: "troops" },
      "Strategic developments",
      "Strategic developments",
      "Change to group/activity",
    ],
    [
      "alert",
      { type: "MOBILIZE", mode: "alert" },
      "Strategic developments",
      "Strategic developments",
      "Change to group/activity",
    ],
    [
      "threat of war",
      { type: "THREATEN", mode: "war" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "accusation",
      { type: "ACCUSE", mode: "harbouring" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    ["denial", { type: "REJECT", mode: "deny" }, "Strategic developments", "Strategic developments", "Other"],
    [
      "condemnation",
      { type: "PROTEST", mode: "condemn" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "endorsement",
      { type: "SUPPORT", mode: "endorse" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "talks",
      { type: "CONSULT", mode: "talks" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "military aid",
      { type: "AID", mode: "military" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
    [
      "withdrawal",
      { type: "RETREAT", mode: "withdraw" },
      "Strategic developments",
      "Strategic developments",
      "Other",
    ],
  ];
  for (const [name, event, disorder, type, subType] of cases)
    it(`maps ${event.type ?? "ASSAULT"}/${event.mode} (${name}) to ${type}: ${subType}`, () => {
      const row = acledCsvRow(exported(event));
      assert.deepEqual(columns(row, "disorder_type", "event_type", "sub_event_type"), [
        disorder,
        type,
        subType,
      ]);
    });

  const inter: [ActorKind | null, ActorKind | null, string, string, string][] = [
    ["STATE", "REBEL", "1", "2", "12"],
    ["REBEL", "STATE", "2", "1", "12"],
    ["STATE", "CIVILIANS", "1", "7", "17"],
    ["MILITIA", "CIVILIANS", "3", "7", "37"],
    ["IGO", "STATE", "8", "1", "18"],
    ["STATE", "STATE", "1", "1", "11"],
    ["OTHER", null, "7", "", "70"],
    [null, "STATE", "", "1", "10"],
    [null, null, "", "", ""],
  ];
  for (const [source, target, inter1, inter2, interaction] of inter)
    it(`codes ${source ?? "no source"} against ${target ?? "no target"} as ${inter1 || "-"}/${inter2 || "-"}, interaction ${interaction || "empty"}`, () => {
      const row = acledCsvRow(
        exported({
          type: "THREATEN",
          mode: "other",
          source: source && actor(source),
          target: target && actor(target),
        }),
      );
      assert.deepEqual(columns(row, "inter1", "inter2", "interaction"), [inter1, inter2, interaction]);
    });

  const civilianTargeting: [string, Partial<ConflictEvent>, string][] = [
    ["an air strike on civilians", { mode: "air", target: actor("CIVILIANS") }, "Civilian targeting"],
    ["an air strike on rebels", { mode: "air", target: actor("REBEL") }, ""],
    ["an arrest of civilians", { type: "COERCE", mode: "arrest", target: actor("CIVILIANS") }, ""],
  ];
  for (const [name, event, expected] of civilianTargeting)
    it(`marks civilian targeting for ${name}: "${expected}"`, () => {
      assert.deepEqual(columns(acledCsvRow(exported(event)), "civilian_targeting"), [expected]);
    });

  const dates: [DateRange, string, string, string][] = [
    [{ start: "2026-02-27", end: "2026-02-27", precision: "day" }, "2026-02-27", "2026", "1"],
    [{ start: "2026-02-23", end: "2026-03-01", precision: "week" }, "2026-02-26", "2026", "2"],
    [{ start: "2026-02-01", end: "2026-02-28", precision: "month" }, "2026-02-14", "2026", "3"],
    [{ start: "2025-01-01", end: "2025-12-31", precision: "year" }, "2025-07-02", "2025", "3"],
  ];
  for (const [date, eventDate, year, precision] of dates)
    it(`dates a ${date.precision} ${date.start}..${date.end} as ${eventDate}, precision ${precision}`, () => {
      const row = acledCsvRow(exported({ date }));
      assert.deepEqual(columns(row, "event_date", "year", "time_precision"), [eventDate, year, precision]);
      assert.equal(acledEventDate(date).eventDate, eventDate);
    });

  it("leaves the date columns empty when the date is unknown", () => {
    assert.deepEqual(columns(acledCsvRow(exported()), "event_date", "year", "time_precision"), ["", "", ""]);
  });

  const places: [string, ConflictEvent["locations"], string[]][] = [
    [
      "a city",
      [{ name: "Kabul", country: "AFG", admin1: "Kabul", lat: 34.5253, lon: 69.1783, precision: "city" }],
      ["4", "South Asia", "Afghanistan", "Kabul", "Kabul", "34.5253", "69.1783", "1"],
    ],
    [
      "a district without coordinates",
      [
        {
          name: "Kurram",
          country: "PAK",
          admin1: "Khyber Pakhtunkhwa",
          lat: null,
          lon: null,
          precision: "district",
        },
      ],
      ["586", "South Asia", "Pakistan", "Khyber Pakhtunkhwa", "Kurram", "", "", "2"],
    ],
    [
      "a province (the first of two places)",
      [
        { name: "Khuzestan", country: "IRN", admin1: null, lat: 31.3, lon: 48.7, precision: "province" },
        { name: "Ahvaz", country: "IRN", admin1: "Khuzestan", lat: 31.32, lon: 48.67, precision: "city" },
      ],
      ["364", "Middle East", "Iran", "", "Khuzestan", "31.3", "48.7", "3"],
    ],
    [
      "a country",
      [{ name: "Ukraine", country: "UKR", admin1: null, lat: 49, lon: 32, precision: "country" }],
      ["804", "Europe", "Ukraine", "", "Ukraine", "49", "32", "3"],
    ],
    [
      "a historical state world-countries does not list",
      [{ name: "Soviet Union", country: "SUN", admin1: null, lat: null, lon: null, precision: "country" }],
      ["", "", "SUN", "", "Soviet Union", "", "", "3"],
    ],
    ["no place", [], ["", "", "", "", "", "", "", ""]],
  ];
  for (const [name, locations, expected] of places)
    it(`fills the place columns for ${name}`, () => {
      const row = acledCsvRow(exported({ locations }));
      assert.deepEqual(
        columns(
          row,
          "iso",
          "region",
          "country",
          "admin1",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
        ),
        expected,
      );
    });

  const fields: [string, string][] = [
    ["plain", "plain"],
    ["", ""],
    ["a, b", '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ["line one\nline two", '"line one\nline two"'],
    ["carriage\rreturn", '"carriage\rreturn"'],
  ];
  for (const [value, expected] of fields)
    it(`quotes ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(csvField(value), expected);
    });

  it("prints a whole row, quoting a note with commas, quotes and a line break", () => {
    const row = acledCsvRow(
      exported(
        {
          id: "d12.e3",
          source: actor("STATE", "Pakistan Air Force"),
          target: actor("CIVILIANS", "civilians", "AFG"),
          date: { start: "2026-02-27", end: "2026-02-27", precision: "day" },
          locations: [
            { name: "Kabul", country: "AFG", admin1: "Kabul", lat: 34.5253, lon: 69.1783, precision: "city" },
          ],
          fatalities: { count: 13, qualifier: "at_least" },
          evidence: [{ text: 'Strikes hit Kabul, killing "at least 13"\ncivilians.', start: 0, end: 51 }],
        },
        { source: "Dawn, Karachi" },
      ),
    );
    assert.equal(
      row,
      "d12.e3,2026-02-27,2026,1,Political violence,Explosions/Remote violence,Air/drone strike," +
        "Pakistan Air Force,,1,civilians,,7,17,Civilian targeting,4,South Asia,Afghanistan,Kabul,,,Kabul," +
        '34.5253,69.1783,1,"Dawn, Karachi",,"Strikes hit Kabul, killing ""at least 13""\ncivilians.",' +
        "13,fatalities=at least,\n",
    );
  });

  const tags: [string, Partial<ConflictEvent>, string, string][] = [
    ["no fatalities", {}, "0", ""],
    ["exact fatalities", { fatalities: { count: 3, qualifier: "exact" } }, "3", ""],
    ["about 40 dead", { fatalities: { count: 40, qualifier: "about" } }, "40", "fatalities=about"],
    ["a negated event", { negated: true }, "0", "negated"],
    [
      "at most 5 dead, negated",
      { negated: true, fatalities: { count: 5, qualifier: "at_most" } },
      "5",
      "fatalities=at most; negated",
    ],
  ];
  for (const [name, event, fatalities, tag] of tags)
    it(`prints fatalities and tags for ${name}`, () => {
      assert.deepEqual(columns(acledCsvRow(exported(event)), "fatalities", "tags"), [fatalities, tag]);
    });

  it("starts with ACLED's header and prints one line per event", () => {
    assert.equal(acledCsvHeader(), `${ACLED_COLUMNS.join(",")}\n`);
    assert.ok(acledCsvHeader().startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,"));
    assert.ok(acledCsvHeader().endsWith(",notes,fatalities,tags,timestamp\n"));
    assert.equal(toAcledCsv([]), acledCsvHeader());
    const events = [exported({ id: "d1.e1" }), exported({ id: "d1.e2" })];
    const csv = toAcledCsv(events);
    assert.equal(csv, acledCsvHeader() + events.map(acledCsvRow).join(""));
    assert.deepEqual(
      csv
        .trimEnd()
        .split("\n")
        .map((line) => line.split(",")[0]),
      ["event_id_cnty", "d1.e1", "d1.e2"],
    );
  });

  const regions: [string, string, string][] = [
    ["PAK", "Southern Asia", "South Asia"],
    ["IRN", "Southern Asia", "Middle East"],
    ["TUR", "Western Asia", "Middle East"],
    ["GEO", "Western Asia", "Caucasus and Central Asia"],
    ["UKR", "Eastern Europe", "Europe"],
    ["MEX", "North America", "Central America"],
    ["ATA", "", ""],
  ];
  for (const [iso3, subregion, region] of regions)
    it(`places ${iso3} (${subregion || "no subregion"}) in ACLED's region "${region}"`, () => {
      assert.equal(acledRegion(iso3, subregion), region);
    });
});
