import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { days, timeTicks } from "./timeAxis.ts";

describe("timeTicks", () => {
  const cases: [string, string, number, string[]][] = [
    ["2025-10-11", "2025-10-14", 10, ["11 Oct", "12 Oct", "13 Oct", "14 Oct"]],
    ["2025-10-01", "2025-10-31", 6, ["6 Oct", "13 Oct", "20 Oct", "27 Oct"]],
    ["2025-10-01", "2026-03-10", 8, ["Oct 2025", "Nov", "Dec", "Jan 2026", "Feb", "Mar"]],
    ["2025-10-01", "2026-03-10", 3, ["Oct 2025", "Jan 2026"]],
    ["2020-01-01", "2026-07-01", 8, ["2020", "2021", "2022", "2023", "2024", "2025", "2026"]],
  ];
  for (const [from, to, max, labels] of cases)
    it(`${from} to ${to}, at most ${max}: ${labels.join(", ")}`, () =>
      assert.deepEqual(
        timeTicks(...days(from, to), max).map((t) => t.label),
        labels,
      ));
});
