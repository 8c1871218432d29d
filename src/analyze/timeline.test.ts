import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { report } from "../../test/support/storedEvent.ts";
import { fusedEvents } from "./fusedEvents.ts";
import { tallyEvents } from "./tallyEvents.ts";
import { timeline } from "./timeline.ts";

describe("timeline", () => {
  const events = fusedEvents([
    report({
      id: "d1.e1",
      documentId: 1,
      day: "2026-02-22",
      fatalities: { count: 13, qualifier: "at_least" },
      fusedId: "d1.e1",
    }),
    report({
      id: "d2.e1",
      documentId: 2,
      day: "2026-02-22",
      fatalities: { count: 30, qualifier: "exact" },
      fusedId: "d1.e1",
    }),
    report({ type: "PROTEST", mode: "condemn", day: "2026-03-02" }),
    report({ day: "2026-01-01..2026-12-31", precision: "year" }),
  ]);

  it("counts each real-world event once, and deaths as the range the reports give", () => {
    const { points, undated } = timeline(tallyEvents(events), "month");
    assert.deepEqual(points, [
      { period: "2026-02-01", events: 1, byType: { ASSAULT: 1 }, killedLow: 13, killedHigh: 30 },
      { period: "2026-03-01", events: 1, byType: { PROTEST: 1 }, killedLow: 0, killedHigh: 0 },
    ]);
    assert.equal(undated, 1);
  });

  it("fills the weeks between with zeros", () => {
    assert.deepEqual(
      timeline(tallyEvents(events), "week").points.map((p) => [p.period, p.events]),
      [
        ["2026-02-16", 1],
        ["2026-02-23", 0],
        ["2026-03-02", 1],
      ],
    );
  });
});
