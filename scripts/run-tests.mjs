#!/usr/bin/env node
// Runs every *.test.ts under src/, scripts/, test/ and bench/ with node's own test runner (through tsx).
// Node 20 has no glob for --test, so the files are listed here. Extra arguments go to node --test,
// e.g. `npm test -- --test-name-pattern=gazetteer`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = ["src", "scripts", "test", "bench"].flatMap(testFiles).sort();
const reporter = process.env.CI ? ["--test-reporter=spec"] : [];
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", ...reporter, ...process.argv.slice(2), ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
