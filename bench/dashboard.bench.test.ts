import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");

// The benchmark prints figures and asserts none: this only keeps it running (STYLE.md, practice 13).
it("the dashboard benchmark runs and prints its figures (or says why it cannot)", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "bench/dashboard.bench.ts", "--quick"],
    { cwd: root, encoding: "utf8" },
  );
  assert.match(out, /Dashboard benchmark: first render in headless Chromium/);
  assert.match(
    out,
    /2000 events \(\d+ symbols drawn\): first render +\d+ ms .*brush → map redrawn: median +\d+ ms|skipped: no Chromium/,
  );
});
