#!/usr/bin/env node
// Runs a TypeScript script (build scripts, benchmarks) through tsx: `node bin/run-ts.mjs FILE [ARGS...]`.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bin/run-ts.mjs FILE [ARGS...]");
  process.exit(2);
}
register();
process.argv = [process.argv[0], file, ...args];
await import(pathToFileURL(resolve(file)).href);
