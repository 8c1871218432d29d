import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { projectKnowledgeBase } from "../../test/support/knowledgeBase.ts";
import { tokenize } from "../nlp/tokenize.ts";
import { Gazetteer } from "./Gazetteer.ts";
import type { Place } from "./types.ts";

const place = (
  name: string,
  country: string,
  level: Place["level"],
  population: number,
  featureCode = "",
): Place => ({
  name,
  altNames: [],
  country,
  admin1: null,
  lat: 0,
  lon: 0,
  population,
  level,
  featureCode,
  curated: false,
});

describe("Gazetteer ranking", () => {
  const gazetteer = new Gazetteer([
    place("Hyderabad", "IND", "city", 6_800_000, "PPLA"),
    place("Hyderabad", "PAK", "city", 1_700_000, "PPLA2"),
    place("Punjab", "PAK", "admin1", 110_000_000),
    place("Punjab", "IND", "admin1", 28_000_000),
    place("Georgia", "GEO", "country", 0),
    place("Georgia", "USA", "admin1", 10_000_000),
  ]);

  it("ranks the bigger place first", () => {
    assert.deepEqual(
      gazetteer.lookup("Hyderabad").map((c) => c.place.country),
      ["IND", "PAK"],
    );
  });
  it("ranks places in the countries the context points to first", () => {
    assert.deepEqual(
      gazetteer.lookup("Hyderabad", { preferCountries: ["PAK"] }).map((c) => c.place.country),
      ["PAK", "IND"],
    );
  });
  it("ranks a country above a division of the same name", () => {
    assert.equal(gazetteer.lookup("Georgia")[0]?.place.level, "country");
  });
  it("finds the longest place name in text", () => {
    const tokens = tokenize("strikes in Punjab province");
    const found = gazetteer.matchAt(tokens, 2);
    assert.equal(found?.candidates[0]?.place.country, "PAK");
    assert.equal(gazetteer.matchAt(tokens, 0), null);
  });
});

describe("the project gazetteer", () => {
  const places = projectKnowledgeBase().places;
  const best = (name: string, prefer: string[] = []) =>
    places.lookup(name, { preferCountries: prefer })[0]?.place;

  it("holds every country, first-level divisions and towns of the world", () => {
    assert.ok(places.size > 150_000, `${places.size} places`);
    for (const name of ["Kenya", "Bolivia", "Fiji", "Pakistan", "Afghanistan"])
      assert.equal(best(name)?.level, "country");
    assert.equal(best("Bavaria")?.level, "admin1");
    assert.equal(best("Timbuktu")?.country, "MLI");
  });

  it("places Kabul, Kandahar and Paktia as the seed reports them", () => {
    assert.deepEqual([best("Kabul")?.country, best("Kabul")?.level], ["AFG", "city"]);
    assert.equal(best("Kandahar")?.country, "AFG");
    assert.deepEqual([best("Paktia")?.country, best("Paktia")?.level], ["AFG", "admin1"]);
    assert.equal(best("Paktiya")?.admin1, "Paktia");
  });

  it("resolves every Afghan province under its common spellings", () => {
    const provinces = [
      "Badakhshan",
      "Badghis",
      "Baghlan",
      "Balkh",
      "Bamyan",
      "Daykundi",
      "Farah",
      "Faryab",
      "Ghazni",
      "Ghor",
      "Helmand",
      "Herat",
      "Jowzjan",
      "Kabul",
      "Kandahar",
      "Kapisa",
      "Khost",
      "Kunar",
      "Kunduz",
      "Laghman",
      "Logar",
      "Nangarhar",
      "Nimruz",
      "Nuristan",
      "Paktia",
      "Paktika",
      "Panjshir",
      "Parwan",
      "Samangan",
      "Sar-e Pol",
      "Takhar",
      "Uruzgan",
      "Wardak",
      "Zabul",
    ];
    assert.equal(provinces.length, 34);
    const missing = provinces.filter(
      (p) => !places.lookup(p).some((c) => c.place.country === "AFG" && c.place.level === "admin1"),
    );
    assert.deepEqual(missing, []);
  });

  it("resolves Pakistan's provinces, tribal districts and border crossings", () => {
    const names = [
      "Khyber Pakhtunkhwa",
      "Balochistan",
      "Punjab",
      "Sindh",
      "Gilgit-Baltistan",
      "Bajaur",
      "Kurram",
      "Khyber",
      "North Waziristan",
      "South Waziristan",
      "Mohmand",
      "Orakzai",
      "Torkham",
      "Chaman",
      "Angoor Adda",
      "Ghulam Khan",
    ];
    const missing = names.filter(
      (n) => !places.lookup(n, { preferCountries: ["PAK"] }).some((c) => c.place.country === "PAK"),
    );
    assert.deepEqual(missing, []);
    assert.equal(best("Spin Boldak")?.country, "AFG");
    assert.ok(best("Durand Line"));
  });

  it("keeps a town's first-level division", () => {
    assert.equal(best("Peshawar")?.admin1, "Khyber Pakhtunkhwa");
    assert.equal(best("Quetta")?.admin1, "Balochistan");
  });
});
