import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");

// The benchmark prints figures and asserts none: this only keeps it running (STYLE.md, practice 13).
it("the knowledge benchmark runs and prints its figures", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "bench/knowledge.bench.ts", "--quick"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  assert.match(out, /name look-up\s+[\d.]+ µs per name/);
  assert.match(out, /peak RSS\s+\d+ MB/);
});
