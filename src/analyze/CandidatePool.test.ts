import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { report } from "../../test/support/storedEvent.ts";
import { CandidatePool } from "./CandidatePool.ts";

const ids = (reports: { event: { id: string } }[]) => reports.map((r) => r.event.id);

describe("CandidatePool", () => {
  const pool = new CandidatePool();
  pool.add([
    report({ id: "feb22", day: "2026-02-22" }),
    report({ id: "year", day: "2026-01-01..2026-12-31", precision: "year" }),
    report({ id: "feb23", day: "2026-02-23" }),
    report({ id: "talks", type: "CONSULT", mode: "talks", day: "2026-02-22" }),
    report({ id: "feb-week", day: "2026-02-16..2026-02-22", precision: "week" }),
    report({ id: "jan", day: "2026-01-01..2026-01-31", precision: "month" }),
    report({ id: "undated", day: "" }),
  ]);
  pool.add([report({ id: "later", day: "2026-02-22" })]);

  it("gives the reports of the type that overlap the days, in the order they were added", () => {
    assert.deepEqual(ids(pool.overlapping("ASSAULT", "2026-02-21", "2026-02-23")), [
      "feb22",
      "year",
      "feb23",
      "feb-week",
      "later",
    ]);
  });

  it("finds a report that began weeks before the days, and one that began on the last of them", () => {
    assert.deepEqual(ids(pool.overlapping("ASSAULT", "2026-01-31", "2026-02-16")), [
      "year",
      "feb-week",
      "jan",
    ]);
  });

  it("gives nothing of another type, and nothing outside the days", () => {
    assert.deepEqual(ids(pool.overlapping("CONSULT", "2026-02-22", "2026-02-22")), ["talks"]);
    assert.deepEqual(ids(pool.overlapping("PROTEST", "2026-02-22", "2026-02-22")), []);
    assert.deepEqual(ids(pool.overlapping("ASSAULT", "2027-02-22", "2027-02-24")), []);
  });
});
