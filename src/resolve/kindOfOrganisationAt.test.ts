import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Organisation } from "../knowledge/types.ts";
import { kindOfOrganisationAt } from "./kindOfOrganisationAt.ts";

const movement: Organisation = {
  id: "MOVEMENT",
  name: "The Movement",
  kind: "REBEL",
  country: "AFG",
  aliases: [],
  periods: [
    { kind: "STATE", country: "AFG", from: "1996-09-27", to: "2001-11-13" },
    { kind: "STATE", country: "AFG", from: "2021-08-15" },
  ],
};

describe("kindOfOrganisationAt", () => {
  const cases: Array<[string | null, string]> = [
    ["1995-01-01", "REBEL"],
    ["1996-09-26", "REBEL"],
    ["1996-09-27", "STATE"],
    ["2001-11-13", "STATE"],
    ["2001-11-14", "REBEL"],
    ["2021-08-14", "REBEL"],
    ["2021-08-15", "STATE"],
    ["2026-02-27", "STATE"],
    [null, "REBEL"],
  ];
  for (const [date, kind] of cases) {
    it(`is ${kind} on ${date ?? "no date"}`, () => {
      assert.deepEqual(kindOfOrganisationAt(movement, date), { kind, country: "AFG" });
    });
  }
});
