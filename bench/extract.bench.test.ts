import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");

// The benchmark prints figures and asserts none: this only keeps it running (STYLE.md, practice 13).
it("the extraction benchmark runs and prints its figures", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "bench/extract.bench.ts", "--quick"],
    { cwd: root, encoding: "utf8" },
  );
  assert.match(out, /extraction: 50 generated documents, [\d.]+ MB/);
  assert.match(out, /wink-nlp readDoc\s+[\d.]+ MB\/s\s+\d+ documents\/s/);
  assert.match(out, /faultline extractor\s+[\d.]+ MB\/s\s+\d+ documents\/s/);
  assert.match(out, /extractor \/ wink\s+[\d.]+/);
  assert.match(out, /events extracted\s+\d+/);
  assert.match(out, /peak RSS\s+\d+ MB/);
  assert.match(out, /reproduce: node bin\/run-ts\.mjs bench\/extract\.bench\.ts --quick/);
});
