import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const root = join(import.meta.dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const quickStart = readme.split("## Quick start")[1]?.split("\n## ")[0] ?? "";
const commands = [...quickStart.matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => (m[1] as string).trim());
const startScript = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } }
).scripts.start;

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The arguments of a `node bin/faultline.mjs ...` step. */
const argsOf = (step: string) =>
  [...step.replace(/^node bin\/faultline\.mjs /, "").matchAll(/"([^"]*)"|(\S+)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );

describe("README quick start", () => {
  it("names exactly two commands: install-and-run, and test", () => {
    assert.equal(commands.length, 2, commands.join("\n"));
    assert.equal(commands[0], "npm ci && npm start");
    assert.equal(commands[1], "npm test");
  });

  it("runs what `npm start` runs: ingests the sample corpus, then serves the dashboard and the API", async () => {
    const steps = startScript.split(" && ");
    assert.ok(
      steps.length >= 2 && steps.every((step) => step.startsWith("node bin/faultline.mjs ")),
      startScript,
    );
    assert.deepEqual(argsOf(steps.at(-1) as string), ["serve"], "the last step serves");
    const store = mkdtempSync(join(tmpdir(), "faultline-readme-"));
    const env = { ...process.env, FAULTLINE_DB: join(store, "faultline.db") };
    try {
      const outputs = steps.slice(0, -1).map((step) =>
        execFileSync(process.execPath, [join(root, "bin/faultline.mjs"), ...argsOf(step)], {
          encoding: "utf8",
          cwd: root,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        }),
      );
      const examples = readdirSync(join(root, "examples/pak-afg-2026")).filter((f) => /^\d+.*\.md$/.test(f));
      assert.ok(examples.length >= 12, "the sample corpus holds at least 12 documents");
      assert.match(outputs[0] ?? "", new RegExp(`Documents: ${examples.length} new, 0 duplicate`));

      const port = await freePort();
      const server = spawn(
        process.execPath,
        [join(root, "bin/faultline.mjs"), ...argsOf(steps.at(-1) as string)],
        {
          cwd: root,
          env: { ...env, PORT: String(port) },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let printed = "";
      server.stdout.on("data", (chunk: Buffer) => {
        printed += chunk.toString();
      });
      server.stderr.on("data", (chunk: Buffer) => {
        printed += chunk.toString();
      });
      const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
      try {
        const url = `http://127.0.0.1:${port}/`;
        const deadline = Date.now() + 30_000;
        while (!printed.includes(url)) {
          assert.ok(Date.now() < deadline && server.exitCode === null, `no address printed:\n${printed}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const page = await fetch(url);
        assert.equal(page.status, 200);
        assert.match(page.headers.get("content-type") ?? "", /text\/html/);
        assert.match(await page.text(), /<title>Faultline<\/title>/);
        const api = await fetch(`${url}api/events?limit=20`);
        assert.equal(api.status, 200);
        const { events } = (await api.json()) as { events: { event: { id: string } }[] };
        assert.equal(events.length, 20);
        assert.ok(events.every((e) => /^d\d+\.e\d+$/.test(e.event.id)));
      } finally {
        server.kill("SIGTERM");
        assert.equal(await exited, 0, printed);
      }
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});
