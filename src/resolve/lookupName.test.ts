import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { projectKnowledgeBase } from "../../test/support/knowledgeBase.ts";
import { lookupName } from "./lookupName.ts";

interface Expected {
  country: string | null;
  kind: string;
  /** Knowledge-base entity, when the name denotes a known one. */
  entity?: string;
  title?: string;
}

// [name, date of use, the best actor reading, or null when the name must not resolve to an actor]
const CASES: Array<[string, string | null, Expected | null]> = [
  // Pakistan–Afghanistan
  [
    "Khwaja Asif",
    "2026-02-27",
    { country: "PAK", kind: "STATE", entity: "person:khawaja-asif", title: "Defence Minister" },
  ],
  ["Khawaja Asif", "2026-02-27", { country: "PAK", kind: "STATE", entity: "person:khawaja-asif" }],
  ["Islamabad", "2026-02-27", { country: "PAK", kind: "STATE", entity: "country:PAK" }],
  ["Islamabad-Rawalpindi", "2026-02-27", { country: "PAK", kind: "STATE", entity: "country:PAK" }],
  ["Kabul", "2026-02-27", { country: "AFG", kind: "STATE", entity: "country:AFG" }],
  ["Afghan troops", "2026-02-27", { country: "AFG", kind: "STATE" }],
  ["Pakistani border posts", "2026-02-27", { country: "PAK", kind: "STATE" }],
  ["Pakistan Army", null, { country: "PAK", kind: "STATE" }],
  ["the Pakistani military", null, { country: "PAK", kind: "STATE" }],
  ["Pakistan's defence minister", "2026-02-27", { country: "PAK", kind: "STATE", title: "defence minister" }],
  ["the government of Pakistan", null, { country: "PAK", kind: "STATE" }],
  ["TTP", null, { country: "PAK", kind: "REBEL", entity: "organisation:TTP" }],
  ["Tehrik-i-Taliban Pakistan", null, { country: "PAK", kind: "REBEL", entity: "organisation:TTP" }],
  ["Tehreek-e-Taliban Pakistan", null, { country: "PAK", kind: "REBEL", entity: "organisation:TTP" }],
  ["the Pakistani Taliban", null, { country: "PAK", kind: "REBEL", entity: "organisation:TTP" }],
  ["Fitna al Khawarij", null, { country: "PAK", kind: "REBEL", entity: "organisation:TTP" }],
  ["IS-KP", null, { country: "AFG", kind: "REBEL", entity: "organisation:ISKP" }],
  ["ISIS-K", null, { country: "AFG", kind: "REBEL", entity: "organisation:ISKP" }],
  ["Islamic State-Khorasan Province", null, { country: "AFG", kind: "REBEL", entity: "organisation:ISKP" }],
  ["Baloch Liberation Army", null, { country: "PAK", kind: "REBEL", entity: "organisation:BLA" }],
  [
    "Haqqani network",
    "2015-01-01",
    { country: "AFG", kind: "REBEL", entity: "organisation:HAQQANI_NETWORK" },
  ],
  ["Taliban", "2019-05-01", { country: "AFG", kind: "REBEL", entity: "organisation:TALIBAN" }],
  ["Taliban", "2022-05-01", { country: "AFG", kind: "STATE", entity: "organisation:TALIBAN" }],
  ["Taliban", "1998-06-01", { country: "AFG", kind: "STATE", entity: "organisation:TALIBAN" }],
  ["the Afghan Taliban", "2026-02-27", { country: "AFG", kind: "STATE", entity: "organisation:TALIBAN" }],
  [
    "Zabihullah Mujahid",
    "2025-10-12",
    { country: "AFG", kind: "STATE", entity: "person:zabihullah-mujahid" },
  ],
  [
    "Zabihullah Mujahid",
    "2020-02-29",
    { country: "AFG", kind: "REBEL", entity: "person:zabihullah-mujahid" },
  ],
  ["Pervez Musharaff", "2006-09-24", { country: "PAK", kind: "STATE", entity: "person:pervez-musharraf" }],
  ["Imran Khan", "2021-08-16", { country: "PAK", kind: "STATE", entity: "person:imran-khan" }],
  ["Imran Khan", "2025-01-01", { country: "PAK", kind: "OTHER", entity: "person:imran-khan" }],
  ["Afghan civilians", null, { country: "AFG", kind: "CIVILIANS" }],
  ["Afghans", null, { country: "AFG", kind: "CIVILIANS" }],
  ["Soviet Union", "1979-12-27", { country: "SUN", kind: "STATE" }],
  ["UNAMA", null, { country: "AFG", kind: "IGO", entity: "organisation:UNAMA" }],
  [
    "United Nations Assistance Mission in Afghanistan",
    null,
    { country: "AFG", kind: "IGO", entity: "organisation:UNAMA" },
  ],
  ["Inter-Services Intelligence", null, { country: "PAK", kind: "STATE" }],
  [
    "Ahmad Karimi, spokesman of the Taliban",
    "2025-01-01",
    { country: "AFG", kind: "STATE", title: "spokesman" },
  ],
  ["Taliban spokesman Ahmad Karimi", "2019-01-01", { country: "AFG", kind: "REBEL", title: "spokesman" }],
  ["Ahmad Karimi, former spokesman of the Taliban", "2025-01-01", { country: "AFG", kind: "OTHER" }],
  // India–Pakistan and Kashmir
  ["New Delhi", null, { country: "IND", kind: "STATE", entity: "country:IND" }],
  ["Delhi", null, { country: "IND", kind: "STATE", entity: "country:IND" }],
  ["Lashkar-e-Taiba", null, { country: "PAK", kind: "REBEL", entity: "organisation:LET" }],
  ["The Resistance Front", null, { country: "PAK", kind: "REBEL", entity: "organisation:LET" }],
  ["JeM", null, { country: "PAK", kind: "REBEL", entity: "organisation:JEM" }],
  ["India's Ministry of External Affairs", null, { country: "IND", kind: "STATE" }],
  ["Randhir Jaiswal", "2025-05-10", { country: "IND", kind: "STATE", entity: "person:randhir-jaiswal" }],
  // Israel, Gaza, Lebanon
  ["Hamas", null, { country: "PSE", kind: "REBEL", entity: "organisation:HAMAS" }],
  ["Hezbollah", null, { country: "LBN", kind: "REBEL", entity: "organisation:HEZBOLLAH" }],
  ["Israeli military", null, { country: "ISR", kind: "STATE" }],
  ["IDF", null, { country: "ISR", kind: "STATE", entity: "organisation:ISR_IDF" }],
  ["Hamas fighters", null, { country: "PSE", kind: "REBEL", entity: "organisation:HAMAS" }],
  // Russia–Ukraine
  ["Kyiv", null, { country: "UKR", kind: "STATE", entity: "country:UKR" }],
  ["Kiev", null, { country: "UKR", kind: "STATE", entity: "country:UKR" }],
  ["the Kremlin", null, { country: "RUS", kind: "STATE", entity: "country:RUS" }],
  ["Russian forces", null, { country: "RUS", kind: "STATE" }],
  ["Ukrainian drones", null, { country: "UKR", kind: "STATE" }],
  ["Wagner Group", null, { country: "RUS", kind: "MILITIA", entity: "organisation:WAGNER" }],
  // Sudan
  ["Rapid Support Forces", "2025-01-01", { country: "SDN", kind: "REBEL", entity: "organisation:RSF" }],
  ["RSF", "2025-01-01", { country: "SDN", kind: "REBEL", entity: "organisation:RSF" }],
  ["SAF", null, { country: "SDN", kind: "STATE", entity: "organisation:SDN_SAF" }],
  ["Khartoum", null, { country: "SDN", kind: "STATE", entity: "country:SDN" }],
  // DR Congo
  ["M23", null, { country: "COD", kind: "REBEL", entity: "organisation:M23" }],
  ["AFC/M23", null, { country: "COD", kind: "REBEL", entity: "organisation:M23" }],
  ["ADF", null, { country: "COD", kind: "REBEL", entity: "organisation:ADF" }],
  ["Congolese army", null, { country: "COD", kind: "STATE" }],
  ["Kinshasa", null, { country: "COD", kind: "STATE", entity: "country:COD" }],
  // Sahel and Somalia
  ["JNIM", null, { country: "MLI", kind: "REBEL", entity: "organisation:JNIM" }],
  ["Burkinabe soldiers", null, { country: "BFA", kind: "STATE" }],
  ["VDP", null, { country: "BFA", kind: "MILITIA", entity: "organisation:VDP" }],
  ["al-Shabaab", null, { country: "SOM", kind: "REBEL", entity: "organisation:ALSHABAAB" }],
  ["Al Shabab", null, { country: "SOM", kind: "REBEL", entity: "organisation:ALSHABAAB" }],
  // Yemen and the Red Sea
  ["Houthis", null, { country: "YEM", kind: "REBEL", entity: "organisation:HOUTHIS" }],
  ["Ansar Allah", null, { country: "YEM", kind: "REBEL", entity: "organisation:HOUTHIS" }],
  ["Washington", null, { country: "USA", kind: "STATE", entity: "country:USA" }],
  ["U.S. forces", null, { country: "USA", kind: "STATE" }],
  ["US", null, { country: "USA", kind: "STATE", entity: "country:USA" }],
  // Syria
  ["HTS", "2023-01-01", { country: "SYR", kind: "REBEL", entity: "organisation:HTS" }],
  ["Hayat Tahrir al-Sham", "2023-01-01", { country: "SYR", kind: "REBEL", entity: "organisation:HTS" }],
  ["Damascus", null, { country: "SYR", kind: "STATE", entity: "country:SYR" }],
  // Myanmar and Colombia
  ["Arakan Army", null, { country: "MMR", kind: "REBEL", entity: "organisation:ARAKAN_ARMY" }],
  ["Tatmadaw", null, { country: "MMR", kind: "STATE" }],
  ["ELN", null, { country: "COL", kind: "REBEL", entity: "organisation:ELN" }],
  ["Gustavo Petro", "2025-01-20", { country: "COL", kind: "STATE", entity: "person:gustavo-petro" }],
  // International bodies
  ["OIC", null, { country: null, kind: "IGO" }],
  ["Shanghai Cooperation Organisation", null, { country: null, kind: "IGO" }],
  ["NATO", null, { country: null, kind: "IGO" }],
  ["ICRC", null, { country: null, kind: "IGO" }],
  ["European Union", null, { country: null, kind: "IGO" }],
  // Names that must not resolve to an actor
  ["Strike", null, null],
  ["strike", null, null],
  ["Michael Jordan", null, null],
  ["Jordan Bardella", null, null],
  ["Chad Smith", null, null],
  ["us", null, null],
  ["hamas", null, null],
  ["said", null, null],
];

// Names that contain a country but denote an organisation of their own.
const OWN_NAMES: Array<[string, string]> = [
  ["Jordan Times", "JOR"],
  ["Pakistan Cricket Board", "PAK"],
  ["India Today", "IND"],
];

describe("lookupName resolves names as the extractor reads them", () => {
  const kb = projectKnowledgeBase();
  const conflicts = new Set(CASES.filter(([, , e]) => e !== null).map(([, , e]) => e?.country));
  it(`covers at least 60 cases from at least 8 countries' conflicts`, () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
    assert.ok(conflicts.size >= 8, `${conflicts.size} countries`);
  });

  for (const [name, date, expected] of CASES) {
    it(`${JSON.stringify(name)}${date ? ` on ${date}` : ""} → ${expected ? `${expected.country}:${expected.kind}` : "no actor"}`, () => {
      const { actors } = lookupName(kb, name, date);
      if (expected === null) {
        assert.deepEqual(
          actors.map((a) => a.key),
          [],
        );
        return;
      }
      const best = actors[0];
      assert.ok(best, `no actor for ${name}`);
      assert.equal(best.country, expected.country);
      assert.equal(best.kind, expected.kind);
      if (expected.entity) assert.equal(best.entity, expected.entity);
      if (expected.title) assert.equal(best.title?.toLowerCase(), expected.title.toLowerCase());
    });
  }

  for (const [name, country] of OWN_NAMES) {
    it(`${JSON.stringify(name)} is an organisation of its own, not ${country}'s state`, () => {
      const { actors } = lookupName(kb, name, null);
      assert.equal(actors.length, 1);
      assert.equal(actors[0]?.kind, "OTHER");
      assert.equal(actors[0]?.name, name);
      assert.equal(actors[0]?.country, country);
    });
  }

  it("lists a surname alone as a weak reference", () => {
    const { actors } = lookupName(kb, "Asif", "2026-02-27");
    assert.ok(actors.some((a) => a.entity === "person:khawaja-asif" && a.via === "short"));
  });
});
