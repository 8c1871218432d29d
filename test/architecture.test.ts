import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";

const root = join(import.meta.dirname, "..");
const src = join(root, "src");

/** The "Who may import whom" table of ARCHITECTURE.md, as folder → allowed folders. */
function allowedImports(): Map<string, Set<string>> {
  const text = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
  const section = text.split("## Who may import whom")[1]?.split("\n## ")[0] ?? "";
  const rows = new Map<string, Set<string>>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || cells[1] === "folder" || /^-+$/.test(cells[1] ?? "")) continue;
    const folder = cells[1] as string;
    const allowed = (cells[2] ?? "")
      .split(",")
      .map((c) => c.trim())
      .filter(Boolean);
    rows.set(folder, new Set([folder, ...allowed]));
  }
  return rows;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

const folderOf = (file: string) => relative(src, file).split("/")[0] as string;
const PURE = ["core", "nlp", "extract", "resolve", "analyze", "export"];
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|worker_threads)$/;

describe("architecture", () => {
  const rules = allowedImports();
  const files = sourceFiles(src).filter((f) => !f.endsWith(".test.ts"));

  it("has a rule for every folder under src/", () => {
    for (const folder of new Set(files.map(folderOf)))
      assert.ok(rules.has(folder), `no row for src/${folder}`);
  });

  it("imports only along the flow written in ARCHITECTURE.md", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = folderOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const target = relative(src, join(file, "..", spec));
        if (target.startsWith("..")) continue;
        const to = target.split("/")[0] as string;
        if (!rules.get(from)?.has(to)) violations.push(`${relative(root, file)} imports ${to} (${spec})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it("keeps the pure stages free of I/O, console output and process exits", () => {
    const violations: string[] = [];
    for (const file of files.filter((f) => PURE.includes(folderOf(f)))) {
      const code = readFileSync(file, "utf8");
      for (const spec of importsOf(file))
        if (IO_MODULES.test(spec)) violations.push(`${relative(root, file)} imports ${spec}`);
      if (/\bconsole\.\w+\(/.test(code)) violations.push(`${relative(root, file)} writes to the console`);
      if (/\bprocess\.exit\(/.test(code)) violations.push(`${relative(root, file)} exits the process`);
    }
    assert.deepEqual(violations, []);
  });

  it("detects a violation when one is planted (the check can fail)", () => {
    const planted = 'import { x } from "../store/thing.ts";';
    const spec = [...planted.matchAll(IMPORT)].map((m) => m[1])[0];
    assert.equal(spec, "../store/thing.ts");
    assert.equal(rules.get("nlp")?.has("store"), false);
  });
});
