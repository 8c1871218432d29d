import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { escalation } from "../src/analyze/escalation.ts";
import { contested, fusedEvents } from "../src/analyze/fusedEvents.ts";
import { main } from "../src/cli/main.ts";
import { openStore } from "../src/store/openStore.ts";
import type { StoredEvent } from "../src/store/Store.ts";
import { captureIo } from "./support/captureIo.ts";

// The bundled sample corpus, ingested as a user would: fusion across its 23 reports.
const corpus = join(import.meta.dirname, "..", "examples", "pak-afg-2026");
const directory = mkdtempSync(join(tmpdir(), "faultline-sample-"));
const db = join(directory, "faultline.db");
after(() => rmSync(directory, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main([...args, "--db", db], io);
  assert.equal(code, 0, io.stderr);
  return io.stdout;
}

async function reports(): Promise<StoredEvent[]> {
  const store = await openStore(db);
  try {
    return (await store.events({ limit: 100_000 })).events;
  } finally {
    await store.close();
  }
}

describe("the sample corpus", () => {
  before(() => run("ingest", corpus));

  it("fuses reports of one event from several outlets into one fused event", async () => {
    const fused = fusedEvents(await reports());
    const widest = [...fused].sort((a, b) => b.reports.length - a.reports.length)[0];
    assert.ok(
      widest && widest.reports.length >= 3,
      `the most reported event has ${widest?.reports.length} reports`,
    );
    const outlets = new Set(widest.reports.map((r) => r.document.source));
    assert.ok(outlets.size >= 3, `reported by ${[...outlets].join(", ")}`);
    assert.equal(
      new Set(widest.reports.map((r) => r.documentId)).size,
      widest.reports.length,
      "one report per document",
    );
  });

  it("lists contested figures with their claimants", async () => {
    const fused = fusedEvents(await reports());
    const disputed = fused.filter((f) => contested(f.fatalities));
    assert.ok(disputed.length >= 1, "at least one fused event whose reports disagree on the dead");
    for (const event of disputed) assert.ok(new Set(event.fatalities.map((f) => f.claimant)).size >= 2);
    const shown = await run("show", disputed[0]?.reports[0]?.event.id ?? "");
    assert.match(shown, /killed: .+ \(per .+\) \/ .+ \(per .+\) {2}\(contested\)/);
  });

  it("keeps a user's split through re-ingest and a rebuild of fusion", async () => {
    const fused = fusedEvents(await reports()).find((f) => f.reports.length >= 2);
    assert.ok(fused);
    const [first, second] = fused.reports;
    assert.ok(first && second);
    await run("split", second.event.id);
    assert.match(await run("ingest", corpus), /Nothing new/);
    await run("fuse");
    const after = new Map((await reports()).map((r) => [r.event.id, r.fusion?.fusedId]));
    assert.notEqual(after.get(second.event.id), after.get(first.event.id));
  });

  it("escalates between Pakistan and Afghanistan across February 2026", async () => {
    const { series } = escalation(fusedEvents(await reports()), ["PAK:STATE", "AFG:STATE"], "week");
    const intensity = (from: string, to: string) =>
      Math.max(...series.filter((p) => p.period >= from && p.period <= to).map((p) => p.intensity));
    const early = intensity("2026-01-26", "2026-02-09");
    const late = intensity("2026-02-16", "2026-02-23");
    assert.ok(late > early + 20, `weekly intensity early February ${early}, late February ${late}`);
  });
});
