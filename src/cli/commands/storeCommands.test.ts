import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { captureIo } from "../../../test/support/captureIo.ts";
import { main } from "../main.ts";

// Reports written for this test.
const CLASH = `---
title: Border clash
published: 2025-10-15
source: Frontier Post
---
Pakistani troops and Taliban forces exchanged fire at the Chaman border crossing on Monday, killing at least four soldiers, officials said. Pakistan accused Kabul of sheltering the Tehreek-e-Taliban Pakistan. The Taliban government denied the accusation.
`;
const TALKS = `---
title: Talks in Doha
published: 2025-10-20
source: Gulf Desk
---
Qatar hosted talks between Pakistani and Afghan delegations in Doha on Saturday.
`;

const root = mkdtempSync(join(tmpdir(), "faultline-query-"));
after(() => rmSync(root, { recursive: true, force: true }));
const db = join(root, "faultline.db");

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main([...args, "--db", db], io);
  return { code, ...io };
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));

before(async () => {
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "clash.md"), CLASH);
  writeFileSync(join(corpus, "talks.md"), TALKS);
  const ingest = await run("ingest", corpus);
  assert.equal(ingest.code, 0, ingest.stderr);
});

describe("faultline events", () => {
  it("lists the stored events as JSON Lines with their document", async () => {
    const { code, stdout } = await run("events", "--format", "jsonl");
    assert.equal(code, 0);
    const events = jsonLines(stdout);
    assert.ok(events.length >= 4);
    const clash = events.find((e) => e.type === "ASSAULT");
    assert.equal(clash.id, "d1.e1");
    assert.equal(clash.doc, "clash.md");
    assert.equal(clash.document.source, "Frontier Post");
    assert.deepEqual(clash.fatalities, { count: 4, qualifier: "at_least" });
    assert.deepEqual(clash.date, { start: "2025-10-13", end: "2025-10-13", precision: "day" });
  });

  it("filters by actor, type, dates, place and country", async () => {
    const ids = async (...filters: string[]) =>
      jsonLines((await run("events", "--format", "jsonl", ...filters)).stdout).map((e) => e.id);
    assert.deepEqual(await ids("--type", "REJECT"), ["d1.e3"]);
    assert.deepEqual(await ids("--actor", "Qatar"), ["d2.e1"]);
    assert.deepEqual(
      await ids("--actor", "QAT:STATE", "--type", "CONSULT"),
      (await ids("--place", "Doha")).slice(0, 1),
    );
    assert.deepEqual(
      await ids("--since", "2025-10-17"),
      (await ids()).filter((id) => id.startsWith("d2.")),
    );
    assert.ok((await ids("--until", "2025-10-14")).every((id) => id.startsWith("d1.")));
    assert.ok((await ids("--country", "QAT")).includes("d2.e1"));
    assert.deepEqual(await ids("--actor", "nobody at all"), []);
  });

  it("prints a table by default and CSV on request", async () => {
    const table = await run("events", "--type", "ASSAULT");
    assert.match(
      table.stdout,
      /^d1\.e1 .*ASSAULT\/armed_clash .*Pakistani troops \(PAK STATE\) → .*@ Chaman border crossing .*≥4 killed .*\[clash\.md\]/m,
    );
    const csv = await run("events", "--format", "csv", "--type", "ASSAULT");
    const [header, row] = csv.stdout.split("\n");
    assert.match(header ?? "", /^id,doc,type,mode,negated,date_start/);
    assert.match(row ?? "", /^d1\.e1,clash\.md,ASSAULT,armed_clash,false,2025-10-13,/);
  });

  it("refuses a bad filter with exit code 2", async () => {
    assert.equal((await run("events", "--since", "last week")).code, 2);
    assert.equal((await run("events", "--country", "Pakistan")).code, 2);
    assert.equal((await run("events", "--format", "xml")).code, 2);
  });
});

describe("faultline show", () => {
  it("shows an event with its evidence highlighted in its paragraph and its document's sources", async () => {
    const { code, stdout } = await run("show", "d1.e3");
    assert.equal(code, 0);
    assert.match(stdout, /REJECT\/deny/);
    assert.match(stdout, /rules: .*trigger:deny/);
    assert.match(stdout, /Document 1: clash\.md — Border clash/);
    assert.match(stdout, /«The Taliban government denied the accusation\.»/);
  });

  it("exits with 1 for an unknown id", async () => {
    const { code, stderr } = await run("show", "d9.e9");
    assert.equal(code, 1);
    assert.match(stderr, /no event "d9\.e9"/);
  });
});

describe("faultline actors, docs and search", () => {
  it("lists actors with keys, kinds and counts", async () => {
    const actors = jsonLines((await run("actors", "--format", "jsonl")).stdout);
    const pakistan = actors.find((a) => a.key === "PAK:STATE");
    assert.ok(pakistan.asSource >= 2);
    assert.ok(pakistan.names.includes("Pakistani troops"));
    assert.match((await run("actors")).stdout, /^PAK:STATE +STATE +PAK /m);
  });

  it("lists documents by date", async () => {
    const docs = jsonLines((await run("docs", "--format", "jsonl")).stdout);
    assert.deepEqual(
      docs.map((d) => [d.name, d.published, d.origins]),
      [
        ["clash.md", "2025-10-15", 1],
        ["talks.md", "2025-10-20", 1],
      ],
    );
  });

  it("finds documents and evidence in full text", async () => {
    const { stdout } = await run("search", "sheltering");
    assert.match(stdout, /document 1 clash\.md\n.*«sheltering»/);
    assert.match(stdout, /event d1\.e2\n.*«sheltering»/);
    assert.match((await run("search", "zanzibar")).stdout, /nothing matches "zanzibar"/);
  });
});

describe("faultline export", () => {
  it("writes ACLED-style CSV with ACLED's columns", async () => {
    const { stdout } = await run("export", "--format", "acled-csv", "--type", "ASSAULT");
    const [header, row] = stdout.split("\n");
    assert.match(
      header ?? "",
      /^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,/,
    );
    assert.match(row ?? "", /Battles,Armed clash/);
  });

  it("writes GeoJSON points for located events", async () => {
    const output = join(root, "events.geojson");
    const { code, stderr } = await run("export", "--format", "geojson", "--output", output);
    assert.equal(code, 0);
    assert.match(stderr, /events written to/);
    const collection = JSON.parse(readFileSync(output, "utf8"));
    assert.equal(collection.type, "FeatureCollection");
    const doha = collection.features.find(
      (f: { properties: { location: string } }) => f.properties.location === "Doha",
    );
    const [lon, lat] = doha.geometry.coordinates;
    assert.ok(lon > 51 && lon < 52 && lat > 25 && lat < 26, "Doha, as [lon, lat]");
  });

  it("writes JSON Lines, and requires a format", async () => {
    assert.equal(
      jsonLines((await run("export", "--format", "jsonl")).stdout).length,
      jsonLines((await run("events", "--format", "jsonl")).stdout).length,
    );
    assert.equal((await run("export")).code, 2);
  });
});
