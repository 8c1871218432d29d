import assert from "node:assert/strict";
import { test } from "node:test";
import { fusionLockKeys } from "./fusionLockKeys.ts";

const day = (start: string, end = start, precision: "day" | "month" | "year" = "day") => ({
  start,
  end,
  precision,
});

const kabul = {
  name: "Kabul",
  country: "AFG",
  admin1: "Kabul",
  lat: 34.53,
  lon: 69.17,
  precision: "city" as const,
};
const event = (type: string, date: ReturnType<typeof day> | null, locations = [kabul]) => ({
  type,
  date,
  locations,
});

test("fusionLockKeys: a lock per type and week a date touches, give or take a day", () => {
  assert.deepEqual(fusionLockKeys([event("ASSAULT", day("2026-02-22"))]), [
    "fusion:ASSAULT:week:2026-02-16",
    "fusion:ASSAULT:week:2026-02-23",
  ]);
  assert.deepEqual(fusionLockKeys([event("ACCUSE", day("2026-02-25"))]), ["fusion:ACCUSE:week:2026-02-23"]);
});

test("fusionLockKeys: months for a long range, nothing for an undated event, each key once", () => {
  assert.deepEqual(fusionLockKeys([event("AGREE", day("2025-01-01", "2025-03-31", "month"))]), [
    "fusion:AGREE:month:2024-12-01",
    "fusion:AGREE:month:2025-01-01",
    "fusion:AGREE:month:2025-02-01",
    "fusion:AGREE:month:2025-03-01",
    "fusion:AGREE:month:2025-04-01",
  ]);
  assert.deepEqual(fusionLockKeys([event("ASSAULT", null)]), []);
  // A report dated to a month or more that names no town or province can match none: no lock.
  assert.deepEqual(fusionLockKeys([event("AGREE", day("2025-01-01", "2025-03-31", "month"), [])]), []);
  assert.deepEqual(fusionLockKeys([event("AGREE", day("2025-02-03"), [])]), [
    "fusion:AGREE:week:2025-01-27",
    "fusion:AGREE:week:2025-02-03",
  ]);
  assert.equal(
    fusionLockKeys([event("ASSAULT", day("2026-02-25")), event("ASSAULT", day("2026-02-26"))]).length,
    1,
  );
});
