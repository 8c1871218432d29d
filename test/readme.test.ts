import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const quickStart = readme.split("## Quick start")[1]?.split("\n## ")[0] ?? "";
const commands = [...quickStart.matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => (m[1] as string).trim());

describe("README quick start", () => {
  it("names exactly two commands: install-and-run, and test", () => {
    assert.equal(commands.length, 2, commands.join("\n"));
    assert.match(commands[0] as string, /^npm ci && /);
    assert.equal(commands[1], "npm test");
  });

  it("runs the first command's main job (after npm ci) and gets what the README promises", () => {
    const steps = (commands[0] as string).split(" && ").slice(1);
    assert.ok(steps.length > 0 && steps.every((step) => step.startsWith("npx faultline ")), steps.join("\n"));
    const store = mkdtempSync(join(tmpdir(), "faultline-readme-"));
    try {
      const outputs = steps.map((step) => {
        const args = [...step.replace(/^npx faultline /, "").matchAll(/"([^"]*)"|(\S+)/g)].map(
          (m) => (m[1] ?? m[2]) as string,
        );
        return execFileSync(process.execPath, [join(root, "bin/faultline.mjs"), ...args], {
          encoding: "utf8",
          cwd: root,
          env: { ...process.env, FAULTLINE_DB: join(store, "faultline.db") },
          stdio: ["ignore", "pipe", "pipe"],
        });
      });
      const examples = readdirSync(join(root, "examples/pak-afg-2026")).filter((f) => /^\d+.*\.md$/.test(f));
      assert.ok(examples.length >= 12, "the sample corpus holds at least 12 documents");
      assert.match(outputs[0] ?? "", new RegExp(`Documents: ${examples.length} new, 0 duplicate`));
      const events = (outputs[1] ?? "").trim().split("\n");
      assert.equal(events.length, 20);
      assert.ok(
        events.every((line) => /^d\d+\.e\d+ /.test(line)),
        events.join("\n"),
      );
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});
