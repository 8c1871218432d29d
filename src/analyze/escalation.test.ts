import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, IND, PAK, report } from "../../test/support/storedEvent.ts";
import { escalation } from "./escalation.ts";
import { fusedEvents } from "./fusedEvents.ts";

describe("escalation", () => {
  const events = fusedEvents([
    report({ type: "CONSULT", mode: "talks", day: "2026-02-02" }),
    report({ type: "ACCUSE", mode: "harbouring", day: "2026-02-10" }),
    report({
      type: "ASSAULT",
      mode: "air",
      day: "2026-02-22",
      fatalities: { count: 13, qualifier: "at_least" },
    }),
    report({ type: "ASSAULT", mode: "attack", source: AFG, target: PAK, day: "2026-02-26" }),
    report({ type: "ASSAULT", mode: "air", day: "2026-02-27" }),
    report({ type: "PROTEST", mode: "condemn", source: IND, target: PAK, day: "2026-02-22" }),
    report({ type: "ASSAULT", mode: "air", day: "2026-02-01..2026-02-28", precision: "month" }),
  ]);
  const result = escalation(events, ["PAK:STATE", "AFG:STATE"], "week");

  it("sums the weekly intensity of the dyad's events in either direction, gaps included", () => {
    assert.deepEqual(
      result.series.map((p) => [p.period, p.intensity, p.hostile, p.cooperative]),
      [
        ["2026-02-02", -3, 0, 1],
        ["2026-02-09", 3, 0, 0],
        ["2026-02-16", 21.5, 1, 0],
        ["2026-02-23", 19, 2, 0],
      ],
    );
    assert.equal(result.series[2]?.killed, 13);
  });

  it("marks a change point where the intensity rises from the weeks before, and says so", () => {
    assert.deepEqual(
      result.changes.map((c) => [c.period, c.direction, c.from, c.to]),
      [["2026-02-16", "escalation", 0, 21.5]],
    );
    assert.equal(
      result.summary,
      "Escalating since the period of 2026-02-16 (intensity 0 → 21.5): 3 hostile acts, at least 13 killed by every side's count; the gravest: Pakistan assault (air) against Afghanistan on 2026-02-22.",
    );
  });

  it("leaves out events of other parties and events dated only by a wider range", () => {
    assert.equal(
      result.series.reduce((n, p) => n + p.hostile + p.cooperative, 0),
      4,
    );
  });
});
