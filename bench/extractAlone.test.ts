import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { it } from "node:test";

const root = join(import.meta.dirname, "..");

// A figure for bench:scale, not asserted (STYLE.md, practice 13): this only keeps it running.
it("extraction alone prints its reports per second and CPU per report", () => {
  const out = execFileSync(
    process.execPath,
    [join(root, "bin/run-ts.mjs"), "bench/extractAlone.ts", "--documents", "10", "--warm-up", "2"],
    { cwd: root, encoding: "utf8" },
  );
  const { reportsPerSecond, cpuMsPerReport } = JSON.parse(out);
  assert.ok(reportsPerSecond > 0 && Number.isFinite(reportsPerSecond));
  assert.ok(cpuMsPerReport > 0 && Number.isFinite(cpuMsPerReport));
});
