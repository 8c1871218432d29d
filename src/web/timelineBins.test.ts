import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventPoint } from "./apiTypes.ts";
import { dayNumber, isoDay } from "./calendar.ts";
import { buildPointTable, filterPoints } from "./pointTable.ts";
import { binEvents, defaultDomain, eventDays } from "./timelineBins.ts";

const point = (
  id: string,
  fusedId: string,
  type: string,
  start: string | null,
  fatalities: number | null,
): EventPoint => ({
  id,
  fusedId,
  type,
  mode: "other",
  start,
  end: start,
  fatalities,
  place: "Kabul",
  country: "AFG",
  lat: 34.5,
  lon: 69.2,
  precision: "city",
});

const all = { type: null, since: null, until: null, search: null };

describe("timelineBins", () => {
  const table = buildPointTable([
    point("d1.e1", "d1.e1", "ASSAULT", "2025-10-11", 23),
    point("d1.e1", "d1.e1", "ASSAULT", "2025-10-11", 23), // a second place of the same report
    point("d2.e1", "d1.e1", "ASSAULT", "2025-10-12", 58), // another report of the same event
    point("d2.e2", "d2.e2", "CONSULT", "2025-10-13", null),
    point("d3.e1", "d3.e1", "ASSAULT", "2025-10-20", 4),
    point("d3.e2", "d3.e2", "ASSAULT", null, 7),
  ]);
  const days = eventDays(table, filterPoints(table, all).mask);

  it("counts each real-world event once, on its earliest day, with the lowest and highest deaths claimed", () => {
    assert.equal(days.count, 4);
    assert.equal(isoDay(days.start[0] as number), "2025-10-11");
    assert.equal(days.low[0], 23);
    assert.equal(days.high[0], 58);
  });

  it("bins by week (Mondays), stacked by type, leaving undated events out", () => {
    const bins = binEvents(days, dayNumber("2025-10-11"), dayNumber("2025-10-20"), "week");
    assert.deepEqual(bins.starts.map(isoDay), ["2025-10-06", "2025-10-13", "2025-10-20"]);
    assert.deepEqual(bins.types, ["ASSAULT", "CONSULT"]);
    assert.deepEqual(bins.counts, [
      [1, 0, 1],
      [0, 1, 0],
    ]);
    assert.deepEqual(bins.totals, [1, 1, 1]);
    assert.deepEqual(bins.killedLow, [23, 0, 4]);
    assert.deepEqual(bins.killedHigh, [58, 0, 4]);
    assert.equal(bins.undated, 1);
  });

  it("chooses the period from the span", () => {
    assert.equal(binEvents(days, dayNumber("2025-10-11"), dayNumber("2025-10-20")).period, "day");
  });

  it("leaves a few far earlier events out of the default view, and says how many", () => {
    const points = Array.from({ length: 60 }, (_, i) =>
      point(`d${i + 1}.e1`, `d${i + 1}.e1`, "ASSAULT", isoDay(dayNumber("2025-10-01") + i), 1),
    );
    points.push(point("d99.e1", "d99.e1", "ASSAULT", "2021-01-15", 1));
    const long = buildPointTable(points);
    const domain = defaultDomain(eventDays(long, filterPoints(long, all).mask));
    assert.deepEqual(
      domain && { ...domain, from: isoDay(domain.from), to: isoDay(domain.to), first: isoDay(domain.first) },
      { from: "2025-10-01", to: "2025-11-29", first: "2021-01-15", earlier: 1 },
    );
  });
});
