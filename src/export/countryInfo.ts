import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { acledRegion } from "./acledRegion.ts";

// world-countries is CommonJS whose typings declare an ES default export, which TypeScript's
// nodenext resolution and Node disagree about; require() gives the array both agree on, as in
// scripts/build-gazetteer.ts. The data are read once, when this module is first imported.
const worldCountries = createRequire(import.meta.url)("world-countries") as Country[];

/** What an export needs to know about a country, from the `world-countries` package. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-3, as events carry it. */
  iso3: string;
  /** The English common name ("Pakistan", "Türkiye"). */
  name: string;
  /** ISO 3166-1 numeric as an integer (Afghanistan 4), as ACLED prints it; null when there is none (Kosovo). */
  isoNumeric: number | null;
  /** ACLED's region name, or "" when the subregion has none (see acledRegion.ts). */
  region: string;
}

const COUNTRIES: ReadonlyMap<string, CountryInfo> = new Map(
  worldCountries.map((c) => [
    c.cca3,
    {
      iso3: c.cca3,
      name: c.name.common,
      isoNumeric: c.ccn3 ? Number(c.ccn3) : null,
      region: acledRegion(c.cca3, c.subregion),
    },
  ]),
);

/** The country with this alpha-3 code, or null for a code `world-countries` does not list (historical states). */
export function countryInfo(iso3: string): CountryInfo | null {
  return COUNTRIES.get(iso3) ?? null;
}
