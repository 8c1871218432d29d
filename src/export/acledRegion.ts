/**
 * ACLED's region for each `world-countries` subregion. ACLED cuts Asia differently from the UN
 * scheme that `world-countries` follows, so a few countries move (COUNTRY_REGION below); the
 * rest follow their subregion. A subregion not listed (Antarctica) gives "".
 */
const SUBREGION_REGION: Readonly<Record<string, string>> = {
  "Northern Africa": "Northern Africa",
  "Western Africa": "Western Africa",
  "Middle Africa": "Middle Africa",
  "Eastern Africa": "Eastern Africa",
  "Southern Africa": "Southern Africa",
  "Western Asia": "Middle East",
  "Central Asia": "Caucasus and Central Asia",
  "Southern Asia": "South Asia",
  "South-Eastern Asia": "Southeast Asia",
  "Eastern Asia": "East Asia",
  "Northern Europe": "Europe",
  "Western Europe": "Europe",
  "Southern Europe": "Europe",
  "Southeast Europe": "Europe",
  "Central Europe": "Europe",
  "Eastern Europe": "Europe",
  "North America": "North America",
  "Central America": "Central America",
  Caribbean: "Caribbean",
  "South America": "South America",
  "Australia and New Zealand": "Oceania",
  Melanesia: "Oceania",
  Micronesia: "Oceania",
  Polynesia: "Oceania",
};

/** Countries whose ACLED region differs from their subregion's, by ISO 3166-1 alpha-3. */
const COUNTRY_REGION: Readonly<Record<string, string>> = {
  IRN: "Middle East",
  ARM: "Caucasus and Central Asia",
  AZE: "Caucasus and Central Asia",
  GEO: "Caucasus and Central Asia",
  MEX: "Central America",
};

/** ACLED's region name for a country, given its alpha-3 code and `world-countries` subregion. */
export function acledRegion(iso3: string, subregion: string): string {
  return COUNTRY_REGION[iso3] ?? SUBREGION_REGION[subregion] ?? "";
}
