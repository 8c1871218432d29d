import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, IND, PAK, place, report } from "../../test/support/storedEvent.ts";
import { canMatch, compareReports } from "./compareReports.ts";

const kabul = place("Kabul", 34.53, 69.17);
const paghman = place("Paghman", 34.59, 68.95, "Kabul");
const kandahar = place("Kandahar", 31.61, 65.71);
const strike = (fields: Parameters<typeof report>[0]) =>
  report({
    type: "ASSAULT",
    mode: "air",
    source: PAK,
    target: AFG,
    day: "2026-02-22",
    locations: [kabul],
    ...fields,
  });

describe("compareReports", () => {
  const cases: [string, Parameters<typeof report>[0], Parameters<typeof report>[0], boolean][] = [
    ["the same strike, same day and place", {}, {}, true],
    ["a day apart (late Saturday, Sunday)", {}, { day: "2026-02-23" }, true],
    ["a nearby place (20 km)", {}, { locations: [paghman] }, true],
    ["a generic mode beside a specific one", {}, { mode: "attack" }, true],
    [
      "two sides of a clash named in the other order",
      { mode: "armed_clash" },
      { mode: "armed_clash", source: AFG, target: PAK },
      true,
    ],
    [
      "the same statement, no place",
      { type: "PROTEST", mode: "condemn", source: IND, target: PAK, locations: [] },
      { type: "PROTEST", mode: "condemn", source: IND, target: PAK, locations: [] },
      true,
    ],
    ["two days apart", {}, { day: "2026-02-24" }, false],
    ["another type", {}, { type: "ACCUSE", mode: "other" }, false],
    ["other modes", {}, { mode: "shelling" }, false],
    [
      "a visit and its hosting",
      { type: "CONSULT", mode: "visit", source: AFG, target: IND, locations: [] },
      { type: "CONSULT", mode: "host", source: IND, target: AFG, locations: [] },
      true,
    ],
    ["another source", {}, { source: IND }, false],
    ["a strike and a counter-strike", {}, { source: AFG, target: PAK }, false],
    ["one says it did not happen", {}, { negated: true }, false],
    [
      "a day inside a month is no anchor",
      {},
      { day: "2026-02-01..2026-02-28", precision: "month", locations: [kandahar] },
      false,
    ],
    ["undated reports", { day: "" }, { day: "" }, false],
  ];
  for (const [name, a, b, same] of cases)
    it(name, () => {
      const result = compareReports(strike(a), strike(b));
      assert.equal(result.same, same, result.reasons.join("; "));
    });

  it("never fuses two events of one document", () => {
    assert.equal(
      compareReports(strike({ documentId: 900 }), strike({ documentId: 900, id: "d900.e2" })).same,
      false,
    );
  });

  it("says why, in words", () => {
    const { reasons } = compareReports(strike({}), strike({ day: "2026-02-23" }));
    assert.deepEqual(reasons.slice(0, 4), [
      "same type ASSAULT/air",
      "same day give or take one (2026-02-22, 2026-02-23)",
      "same source PAK:STATE",
      "same target AFG:STATE",
    ]);
    assert.ok(reasons.includes("same place Kabul"));
  });

  it("canMatch: a report dated to a month with no town matches none, however alike; a town or a day lets it", () => {
    const month = { day: "2026-02-01..2026-02-28", precision: "month" as const };
    const countrywide = strike({ ...month, locations: [] });
    assert.equal(canMatch(countrywide.event), false);
    for (const other of [strike({}), strike(month), strike({ ...month, locations: [] })])
      assert.equal(compareReports(countrywide, other).same, false);
    assert.equal(canMatch(strike(month).event), true);
    assert.equal(canMatch(strike({ locations: [] }).event), true);
  });
});
