/**
 * Fusion precision and recall on the labelled report pairs of test/fusion/pairs.yaml: ingests the
 * sample corpus into a temporary store (extraction and fusion as `faultline ingest` does them) and
 * checks, pair by pair, whether the two passages' reports ended in one fused event.
 * Run: node bin/run-ts.mjs scripts/evaluate-fusion.ts [--errors] [--json]
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { compareReports } from "../src/analyze/compareReports.ts";
import { type LabelledPair, scoreFusion } from "../src/analyze/scoreFusion.ts";
import { ingestDocuments } from "../src/cli/ingestDocuments.ts";
import { listDocumentPaths } from "../src/ingest/listDocumentPaths.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { openStore } from "../src/store/openStore.ts";
import type { StoredEvent } from "../src/store/Store.ts";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { errors: { type: "boolean" }, json: { type: "boolean" } } });
const pairs = parse(readFileSync(join(root, "test/fusion/pairs.yaml"), "utf8")) as LabelledPair[];

const directory = mkdtempSync(join(tmpdir(), "faultline-fusion-"));
const store = await openStore(join(directory, "faultline.db"));
try {
  const kb = loadKnowledgeBase();
  const inputs = listDocumentPaths([join(root, "examples/pak-afg-2026")]);
  await ingestDocuments(kb, store, inputs, { today: "2026-11-21", onInput() {}, onFailure() {} });
  const texts = new Map<string, { text: string; reports: StoredEvent[] }>();
  for (const document of await store.documents()) {
    const stored = await store.document(document.id);
    const { events } = await store.events({ documentId: document.id, limit: 10_000 });
    texts.set(document.name, { text: stored?.text ?? "", reports: events });
  }
  const reportAt = (passage: { doc: string; text: string }, type: string) => {
    const document = texts.get(passage.doc);
    const at = document?.text.indexOf(passage.text) ?? -1;
    if (!document || at < 0) throw new Error(`"${passage.text}" is not in ${passage.doc}`);
    const end = at + passage.text.length;
    const overlapping = document.reports.filter((r) =>
      r.event.evidence.some((s) => s.start < end && at < s.end),
    );
    return overlapping.find((r) => r.event.type === type) ?? null;
  };
  const score = scoreFusion(pairs, (passage, type) => {
    const report = reportAt(passage, type);
    return report ? (report.fusion?.fusedId ?? report.event.id) : null;
  });
  if (values.json) console.log(JSON.stringify({ ...score, errors: score.errors.length }));
  else {
    const pct = (x: number) => x.toFixed(3);
    console.log(
      `fusion on ${score.pairs} labelled pairs: precision ${pct(score.precision)}  recall ${pct(score.recall)}  F1 ${pct(score.f1)}` +
        `  (TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives}, of them ${score.unextracted} with a passage that yielded no report)`,
    );
    if (values.errors)
      for (const { pair, predicted } of score.errors) {
        console.log(
          `  ${predicted ? "FP" : "FN"} ${pair.type}: ${pair.a.doc} "${pair.a.text}" | ${pair.b.doc} "${pair.b.text}" — ${pair.note ?? ""}`,
        );
        const a = reportAt(pair.a, pair.type);
        const b = reportAt(pair.b, pair.type_b ?? pair.type);
        console.log(
          a && b
            ? `     ${a.event.id} / ${b.event.id}: ${compareReports(a, b).reasons.join("; ")}`
            : "     a passage yielded no report",
        );
      }
  }
} finally {
  await store.close();
  rmSync(directory, { recursive: true, force: true });
}
