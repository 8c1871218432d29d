import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");

// The benchmark prints figures and asserts none: this only keeps it running (STYLE.md, practice 13).
it("the store benchmark runs and prints its figures", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "bench/store.bench.ts", "--quick"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  assert.match(out, /SQLite \(embedded\)\n {2}ingest: \d+ documents .* = [\d.]+ documents\/s/);
  assert.match(out, /events --type ASSAULT --country AFG +p50 +[\d.]+ ms +p95 +[\d.]+ ms/);
  assert.match(out, /search "ceasefire" +p50 +[\d.]+ ms +p95 +[\d.]+ ms/);
  assert.match(out, /PostgreSQL(\n {2}ingest: \d+ documents|: skipped, )/);
});
