import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractCandidates } from "../src/extract/extractCandidates.ts";
import { readDocumentFile } from "../src/ingest/readDocumentFile.ts";
import { assembleEvents } from "../src/resolve/assembleEvents.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";

const root = join(import.meta.dirname, "..");
const shared = join(root, "..", "shared", "eval");
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, "evaluation.baseline.json"), "utf8"));

interface Score {
  strict: { F1: number };
  lenient: { F1: number };
  ungrounded_evidence: number;
  events_without_evidence: number;
}

/** Extracts every gold document of a set in-process, as run.sh does through the CLI, and scores it with score.mjs. */
function scoreSet(goldDir: string, docsDir: string): Score {
  const kb = projectKnowledgeBase();
  const lines: string[] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as { doc: string; published: string };
    const document = { ...readDocumentFile(join(docsDir, gold.doc)), published: gold.published };
    for (const { event } of assembleEvents(kb, extractCandidates(kb, document), gold.published))
      lines.push(JSON.stringify(event));
  }
  const predictions = join(mkdtempSync(join(tmpdir(), "faultline-eval-")), "pred.jsonl");
  writeFileSync(predictions, `${lines.join("\n")}\n`);
  const out = execFileSync(
    process.execPath,
    [join(shared, "score.mjs"), "--gold", goldDir, "--pred", predictions, "--docs", docsDir, "--json"],
    { encoding: "utf8" },
  );
  return JSON.parse(out) as Score;
}

const sets = [
  { name: "seeds", gold: join(shared, "gold"), docs: join(shared, "..", "seeds") },
  { name: "dev", gold: join(shared, "dev", "gold"), docs: join(shared, "dev", "docs") },
] as const;

describe("extraction quality on the annotated sets (regression guard)", () => {
  for (const set of sets) {
    const available = existsSync(join(shared, "score.mjs")) && existsSync(set.gold) && existsSync(set.docs);
    it(`${set.name}: strict F1 stays within ${baseline.tolerance} of ${baseline[set.name].strictF1}, all evidence verbatim`, {
      skip: available
        ? false
        : `../shared/eval is absent (a user's clone has no ../shared): ${set.name} not scored`,
    }, () => {
      const score = scoreSet(set.gold, set.docs);
      const recorded = baseline[set.name] as { strictF1: number; lenientF1: number };
      console.log(
        `${set.name}: strict F1 ${score.strict.F1.toFixed(3)}, lenient F1 ${score.lenient.F1.toFixed(3)}`,
      );
      assert.equal(score.ungrounded_evidence, 0, "evidence that is not a verbatim substring of the document");
      assert.equal(score.events_without_evidence, 0);
      assert.ok(
        score.strict.F1 >= recorded.strictF1 - baseline.tolerance,
        `strict F1 ${score.strict.F1.toFixed(3)} fell below the recorded ${recorded.strictF1}`,
      );
      assert.ok(
        score.lenient.F1 >= recorded.lenientF1 - baseline.tolerance,
        `lenient F1 ${score.lenient.F1.toFixed(3)} fell below the recorded ${recorded.lenientF1}`,
      );
    });
  }
});
