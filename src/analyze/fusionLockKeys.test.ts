import assert from "node:assert/strict";
import { test } from "node:test";
import { fusionLockKeys } from "./fusionLockKeys.ts";

const day = (start: string, end = start, precision: "day" | "month" | "year" = "day") => ({
  start,
  end,
  precision,
});

test("fusionLockKeys: a lock per type and week a date touches, give or take a day", () => {
  assert.deepEqual(fusionLockKeys([{ type: "ASSAULT", date: day("2026-02-22") }]), [
    "fusion:ASSAULT:week:2026-02-16",
    "fusion:ASSAULT:week:2026-02-23",
  ]);
  assert.deepEqual(fusionLockKeys([{ type: "ACCUSE", date: day("2026-02-25") }]), [
    "fusion:ACCUSE:week:2026-02-23",
  ]);
});

test("fusionLockKeys: months for a long range, nothing for an undated event, each key once", () => {
  assert.deepEqual(fusionLockKeys([{ type: "AGREE", date: day("2025-01-01", "2025-03-31", "month") }]), [
    "fusion:AGREE:month:2024-12-01",
    "fusion:AGREE:month:2025-01-01",
    "fusion:AGREE:month:2025-02-01",
    "fusion:AGREE:month:2025-03-01",
    "fusion:AGREE:month:2025-04-01",
  ]);
  assert.deepEqual(fusionLockKeys([{ type: "ASSAULT", date: null }]), []);
  assert.equal(
    fusionLockKeys([
      { type: "ASSAULT", date: day("2026-02-25") },
      { type: "ASSAULT", date: day("2026-02-26") },
    ]).length,
    1,
  );
});
