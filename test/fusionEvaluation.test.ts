import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");
const TOLERANCE = 0.05;

// Fusion is scored on the labelled pairs of test/fusion/pairs.yaml; the recorded figures are a floor.
it("fusion keeps its precision and recall on the labelled report pairs", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "scripts/evaluate-fusion.ts", "--json"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  const score = JSON.parse(out);
  const baseline = JSON.parse(readFileSync(join(root, "test/fusion/baseline.json"), "utf8"));
  assert.equal(score.pairs, 101);
  for (const measure of ["precision", "recall"] as const)
    assert.ok(
      score[measure] >= baseline[measure] - TOLERANCE,
      `${measure} ${score[measure].toFixed(3)} fell below the recorded ${baseline[measure]} (test/fusion/baseline.json)`,
    );
});
