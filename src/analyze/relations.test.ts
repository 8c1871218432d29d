import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, PAK, report } from "../../test/support/storedEvent.ts";
import { fusedEvents } from "./fusedEvents.ts";
import { relations } from "./relations.ts";

describe("relations", () => {
  it("reads a turn from allies to adversaries year by year", () => {
    const events = fusedEvents([
      report({ type: "SUPPORT", mode: "endorse", day: "2019-01-01..2019-12-31", precision: "year" }),
      report({ type: "AID", mode: "military", day: "2020-05-02" }),
      report({ type: "CONSULT", mode: "visit", source: AFG, target: PAK, day: "2021-09-10" }),
      report({ type: "ACCUSE", mode: "harbouring", day: "2021-12-01" }),
      report({ type: "ASSAULT", mode: "air", day: "2025-10-09" }),
      report({ type: "AGREE", mode: "ceasefire", day: "2025-10-19" }),
    ]);
    const [relation] = relations(events);
    assert.deepEqual(relation?.parties, ["AFG:STATE", "PAK:STATE"]);
    assert.deepEqual(
      relation?.periods.map((p) => [p.period, p.status]),
      [
        ["2019", "cooperative"],
        ["2020", "cooperative"],
        ["2021", "mixed"],
        ["2025", "mixed"],
      ],
    );
  });
});
