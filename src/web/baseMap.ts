/**
 * The offline base map: Natural Earth land and borders at 1:50m and GeoNames cities, prepared at
 * build time in Mercator's unit coordinates and bundled with the page (scripts/baseMapModule.ts).
 * Loading it is turning the packed vertices into two paths; drawing it is one transform.
 */
import { header, vertices as packed } from "virtual:basemap";

export interface CountryLabel {
  name: string;
  x: number;
  y: number;
  /** Area in steradians of the country's largest part: bigger countries are labelled first. */
  area: number;
}

export interface City {
  name: string;
  x: number;
  y: number;
  population: number;
  capital: boolean;
}

export interface BaseMap {
  /** In Mercator's unit coordinates, y pointing north. */
  land: Path2D;
  borders: Path2D;
  countries: CountryLabel[];
  /** Most populous first. */
  cities: City[];
}

function decode(base64: string): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

/**
 * Adds lines of the given vertex counts, starting at offset `from`, to a path; returns where they
 * end. Rings end on their first vertex already, so no closePath() (slow in Chromium on long paths).
 */
function trace(path: Path2D, vertices: Float32Array, lengths: readonly number[], from: number) {
  let at = from;
  for (const length of lengths) {
    path.moveTo(vertices[at] as number, vertices[at + 1] as number);
    const end = at + 2 * length;
    for (let i = at + 2; i < end; i += 2) path.lineTo(vertices[i] as number, vertices[i + 1] as number);
    at = end;
  }
  return at;
}

export function loadBaseMap(): BaseMap {
  const vertices = decode(packed);
  const land = new Path2D();
  const borders = new Path2D();
  const end = trace(land, vertices, header.landRings, 0);
  trace(borders, vertices, header.borderLines, end);
  return {
    land,
    borders,
    countries: header.countries.map(([name, x, y, area]) => ({ name, x, y, area })),
    cities: header.cities.map(([name, x, y, population, capital]) => ({
      name,
      x,
      y,
      population,
      capital: capital === 1,
    })),
  };
}
