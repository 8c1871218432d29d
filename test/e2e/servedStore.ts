/**
 * A `faultline serve` process over a store of our own, on a free port, for browser tests and the
 * dashboard benchmark: started as a user starts it, stopped with SIGTERM.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "faultline.mjs");

export interface ServedStore {
  /** The dashboard's address, as the server printed it (http://127.0.0.1:PORT/). */
  url: string;
  stop(): Promise<void>;
}

/** Fails with a clear message when the dashboard has not been built (npm ci builds it). */
export function assertDashboardBuilt() {
  const index = join(ROOT, "build", "web", "index.html");
  if (!existsSync(index)) throw new Error("build/web is missing: run `npm run build:web` (npm ci runs it)");
  return statSync(index).mtimeMs;
}

/** Ingests the sample corpus into the store at `db`. */
export function ingestSampleCorpus(db: string) {
  execFileSync(process.execPath, [CLI, "ingest", join(ROOT, "examples", "pak-afg-2026")], {
    cwd: ROOT,
    env: { ...process.env, FAULTLINE_DB: db },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Starts `faultline serve --port 0` over the store at `db` and waits for the address it prints. */
export async function serveStore(db: string): Promise<ServedStore> {
  const child: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, FAULTLINE_DB: db },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`faultline serve printed no address in 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /at (http:\/\/\S+\/) /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`faultline serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
