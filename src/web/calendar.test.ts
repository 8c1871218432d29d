import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dayNumber, formatDay, isoDay, nextPeriod, periodFor, periodStart } from "./calendar.ts";

describe("calendar", () => {
  it("turns dates into day numbers and back", () => {
    assert.equal(dayNumber("1970-01-02"), 1);
    assert.equal(isoDay(dayNumber("2026-02-28")), "2026-02-28");
    assert.ok(Number.isNaN(dayNumber("soon")));
  });

  const starts: [string, "day" | "week" | "month", string][] = [
    ["2025-10-12", "day", "2025-10-12"],
    ["2025-10-12", "week", "2025-10-06"], // a Sunday belongs to the week of the Monday before
    ["2025-10-13", "week", "2025-10-13"],
    ["2025-10-12", "month", "2025-10-01"],
  ];
  for (const [day, period, expected] of starts)
    it(`starts the ${period} of ${day} on ${expected}`, () =>
      assert.equal(isoDay(periodStart(dayNumber(day), period)), expected));

  it("steps to the next period, months of any length", () => {
    assert.equal(isoDay(nextPeriod(dayNumber("2026-01-01"), "month")), "2026-02-01");
    assert.equal(isoDay(nextPeriod(dayNumber("2026-02-01"), "month")), "2026-03-01");
    assert.equal(isoDay(nextPeriod(dayNumber("2025-12-29"), "week")), "2026-01-05");
  });

  it("picks days for a quarter, weeks for up to three years, months beyond", () => {
    assert.equal(periodFor(60), "day");
    assert.equal(periodFor(400), "week");
    assert.equal(periodFor(2400), "month");
  });

  it("formats a date as precisely as it is known", () => {
    assert.equal(formatDay("2025-10-12"), "12 Oct 2025");
    assert.equal(formatDay("2025-10-01", "month"), "Oct 2025");
    assert.equal(formatDay("2025-01-01", "year"), "2025");
  });
});
