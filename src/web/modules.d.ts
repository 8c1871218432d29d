/** Modules the build provides (vite.config.ts, scripts/baseMapModule.ts). */
declare module "virtual:basemap" {
  /** What the packed vertices hold, in Mercator's unit coordinates (see scripts/baseMapModule.ts). */
  export const header: {
    landRings: number[];
    borderLines: number[];
    /** [name, x, y, area in steradians of its largest part], largest first. */
    countries: [string, number, number, number][];
    /** [name, x, y, population, 1 if a capital], most populous first. */
    cities: [string, number, number, number, number][];
  };
  /** Base64 of 32-bit float (x, y) pairs (little-endian), land rings first, then border lines. */
  export const vertices: string;
}

declare module "*.css" {}
