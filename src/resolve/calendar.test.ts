import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, daysBetween, isoWeekday } from "./calendar.ts";

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test("daysBetween counts the days of every date from 1600 to 2150 as the UTC clock does", () => {
  for (let ms = Date.UTC(1600, 0, 1); ms < Date.UTC(2150, 0, 1); ms += DAY_MS)
    assert.equal(daysBetween("1970-01-01", iso(ms)), Math.round(ms / DAY_MS), iso(ms));
});

test("leap days: 2000 and 2024 have one, 1900 and 2100 none", () => {
  assert.equal(daysBetween("2000-02-28", "2000-03-01"), 2);
  assert.equal(daysBetween("2024-02-28", "2024-03-01"), 2);
  assert.equal(daysBetween("1900-02-28", "1900-03-01"), 1);
  assert.equal(daysBetween("2100-02-28", "2100-03-01"), 1);
  assert.equal(addDays("2024-02-28", 1), "2024-02-29");
  assert.equal(addDays("2026-03-01", -1), "2026-02-28");
});

test("addDays crosses years both ways, and weekdays follow", () => {
  assert.equal(addDays("2025-12-31", 1), "2026-01-01");
  assert.equal(addDays("2026-01-01", -366), "2024-12-31");
  assert.equal(daysBetween("2026-02-27", "2026-02-20"), -7);
  assert.equal(isoWeekday("2026-02-27"), 5); // a Friday
  assert.equal(isoWeekday("2026-03-01"), 7); // a Sunday
});
