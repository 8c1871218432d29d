import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { buildBaseMap, MIN_CITY_POPULATION, mercator } from "./baseMapModule.ts";

const require = createRequire(import.meta.url);

describe("baseMapModule", () => {
  it("projects to Mercator's unit coordinates, holding latitude within ±85°", () => {
    const [x0, y0] = mercator(0, 0);
    assert.ok(Math.abs(x0) < 1e-12 && Math.abs(y0) < 1e-12);
    assert.ok(Math.abs(mercator(180, 0)[0] - Math.PI) < 1e-12);
    assert.ok(Math.abs(mercator(0, 45)[1] - Math.log(Math.tan((3 * Math.PI) / 8))) < 1e-12);
    assert.equal(mercator(0, 90)[1], mercator(0, 85)[1]);
  });

  it("packs every vertex it announces, labels the largest countries first, and keeps big cities and capitals", () => {
    const { header, vertices } = buildBaseMap(require("world-atlas/countries-110m.json"), [
      { name: "Kabul", featureCode: "PPLC", population: 3_043_532, loc: { coordinates: [69.17, 34.53] } },
      { name: "Vaduz", featureCode: "PPLC", population: 5_197, loc: { coordinates: [9.52, 47.14] } },
      { name: "Kandahar", featureCode: "PPLA", population: 391_190, loc: { coordinates: [65.71, 31.61] } },
      {
        name: "Khulm",
        featureCode: "PPL",
        population: MIN_CITY_POPULATION - 1,
        loc: { coordinates: [67.7, 36.7] },
      },
    ]);
    const announced = [...header.landRings, ...header.borderLines].reduce((n, length) => n + length, 0);
    assert.equal(vertices.length, 2 * announced);
    assert.ok(header.landRings.length > 50 && header.borderLines.length > 50);
    assert.equal(header.countries[0]?.[0], "Russia");
    assert.ok(header.countries.every((c, i) => i === 0 || (header.countries[i - 1]?.[3] ?? 0) >= c[3]));
    assert.deepEqual(
      header.cities.map(([name, , , , capital]) => [name, capital]),
      [
        ["Kabul", 1],
        ["Kandahar", 0],
        ["Vaduz", 1],
      ],
    );
    const [x, y] = mercator(69.17, 34.53);
    assert.ok(
      Math.abs((header.cities[0]?.[1] ?? 0) - x) < 1e-4 && Math.abs((header.cities[0]?.[2] ?? 0) - y) < 1e-4,
    );
  });
});
