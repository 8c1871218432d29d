import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { captureIo } from "../../../test/support/captureIo.ts";
import { main } from "../main.ts";

const dir = mkdtempSync(join(tmpdir(), "faultline-extract-"));
const story = join(dir, "story.txt");
writeFileSync(
  story,
  "Afghan troops attacked Pakistani border posts on Thursday, killing at least 12 soldiers.\n",
);
const dated = join(dir, "dated.md");
writeFileSync(
  dated,
  "---\npublished: 2026-02-27\n---\nPakistan carried out air strikes on Kabul on Friday.\n",
);

describe("faultline extract", () => {
  it("prints one GUIDELINE event per line, with doc, evidence offsets and resolved fields", async () => {
    const io = captureIo();
    assert.equal(await main(["extract", "--published", "2026-02-27", story], io), 0, io.stderr);
    const events = io.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event.doc, "story.txt");
    assert.equal(event.type, "ASSAULT");
    assert.deepEqual([event.source.country, event.source.kind], ["AFG", "STATE"]);
    assert.deepEqual([event.target.country, event.target.kind], ["PAK", "STATE"]);
    assert.deepEqual(event.date, { start: "2026-02-26", end: "2026-02-26", precision: "day" });
    assert.deepEqual(event.fatalities, { count: 12, qualifier: "at_least" });
    const text = "Afghan troops attacked Pakistani border posts on Thursday, killing at least 12 soldiers.\n";
    for (const e of event.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it("takes the publication date from front matter", async () => {
    const io = captureIo();
    assert.equal(await main(["extract", dated], io), 0, io.stderr);
    const [event] = io.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(event.date.start, "2026-02-27");
    assert.equal(event.mode, "air");
    assert.equal(io.stderr, "");
  });

  it("says when it infers the publication date", async () => {
    const io = captureIo();
    const undated = join(dir, "undated.txt");
    writeFileSync(undated, "Published – March 3, 2026\nTroops clashed on Monday.\n");
    assert.equal(await main(["extract", undated], io), 0);
    assert.match(io.stderr, /inferred 2026-03-03 from the published line/);
  });

  it("adds rule ids and mentions with --explain, and reads as a table", async () => {
    const explained = captureIo();
    await main(["extract", "--explain", "--published", "2026-02-27", story], explained);
    const event = JSON.parse(explained.stdout.trim());
    assert.ok(event.explain.rules.some((r: string) => r.startsWith("trigger:attack")));
    assert.equal(event.explain.mentions.source, "Afghan troops");
    const table = captureIo();
    await main(["extract", "--format", "table", "--published", "2026-02-27", story], table);
    assert.match(table.stdout, /ASSAULT\/attack/);
    assert.match(table.stdout, /Afghan troops \(AFG STATE\) → Pakistani border posts \(PAK STATE\)/);
  });

  it("reports a bad file, goes on with the others, and exits 1", async () => {
    const io = captureIo();
    const binary = join(dir, "image.txt");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    assert.equal(await main(["extract", "--published", "2026-02-27", binary, story], io), 1);
    assert.match(io.stderr, /image\.txt: binary file/);
    assert.equal(io.stdout.trim().split("\n").length, 1);
  });

  it("rejects wrong usage with exit code 2", async () => {
    for (const args of [
      ["extract"],
      ["extract", "--format", "xml", story],
      ["extract", "--published", "yesterday", story],
    ]) {
      const io = captureIo();
      assert.equal(await main(args, io), 2, args.join(" "));
    }
  });
});
