import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventPoint } from "./apiTypes.ts";
import { dayNumber } from "./calendar.ts";
import {
  buildPointTable,
  documentOfEvent,
  filterPoints,
  type PointFilter,
  searchMask,
} from "./pointTable.ts";

const point = (
  id: string,
  fusedId: string,
  type: string,
  start: string | null,
  fatalities: number | null,
  place = "Kabul",
): EventPoint => ({
  id,
  fusedId,
  type,
  mode: "other",
  start,
  end: start,
  fatalities,
  place,
  country: "AFG",
  lat: 34.5,
  lon: 69.2,
  precision: "city",
});

// d1.e1 and d2.e1 are two reports of one event; d1.e1 has two places.
const POINTS = [
  point("d1.e1", "d1.e1", "ASSAULT", "2025-10-11", 23),
  point("d1.e1", "d1.e1", "ASSAULT", "2025-10-11", 23, "Pakistan"),
  point("d2.e1", "d1.e1", "ASSAULT", "2025-10-12", 58),
  point("d2.e4", "d2.e4", "CONSULT", "2025-10-25", null),
  point("d3.e1", "d3.e1", "ASSAULT", null, 4),
];
const table = buildPointTable(POINTS);
const none: PointFilter = { type: null, since: null, until: null, search: null };

describe("pointTable", () => {
  it("numbers the fused events and reads the document from the event id", () => {
    assert.deepEqual(Array.from(table.fused), [0, 0, 0, 1, 2]);
    assert.deepEqual(Array.from(table.document), [1, 1, 2, 2, 3]);
    assert.equal(documentOfEvent("x"), 0);
    assert.deepEqual(table.types, ["ASSAULT", "CONSULT"]);
  });

  const cases: [string, Partial<PointFilter>, number[], number][] = [
    ["no filter: every point, three events", {}, [1, 1, 1, 1, 1], 3],
    ["a type", { type: "CONSULT" }, [0, 0, 0, 1, 0], 1],
    ["a type not present", { type: "AGREE" }, [0, 0, 0, 0, 0], 0],
    ["since: events ending on or after", { since: dayNumber("2025-10-12") }, [0, 0, 1, 1, 0], 2],
    ["until: events starting on or before", { until: dayNumber("2025-10-11") }, [1, 1, 0, 0, 0], 1],
    ["a range drops undated events", { since: 0 }, [1, 1, 1, 1, 0], 2],
  ];
  for (const [name, filter, mask, events] of cases)
    it(`filters by ${name}`, () => {
      const result = filterPoints(table, { ...none, ...filter });
      assert.deepEqual(Array.from(result.mask), mask);
      assert.equal(result.events, events);
      assert.equal(result.points, mask.filter(Boolean).length);
    });

  it("keeps the points a text search found: by evidence, or by document", () => {
    const mask = searchMask(table, [
      { kind: "evidence", eventId: "d2.e1", documentId: 2 },
      { kind: "document", eventId: null, documentId: 3 },
    ]);
    assert.deepEqual(Array.from(mask), [0, 0, 1, 0, 1]);
    assert.equal(filterPoints(table, { ...none, search: mask }).events, 2);
  });
});
