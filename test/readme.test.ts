import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
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
    const job = (commands[0] as string).replace(/^npm ci && npx faultline /, "");
    const args = [...job.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string);
    const out = execFileSync(process.execPath, [join(root, "bin/faultline.mjs"), ...args], {
      encoding: "utf8",
    });
    const result = JSON.parse(out);
    assert.equal(result.actors[0].country, "PAK");
    assert.equal(result.actors[0].kind, "STATE");
    assert.match(result.actors[0].title, /defence minister/i);
  });
});
