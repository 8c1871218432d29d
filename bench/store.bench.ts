/**
 * The store's figures, for each backend: ingest throughput (documents/s, extraction included) on
 * the generated corpus, and p50/p95 latency of filtered event queries (a page of 100, as
 * `faultline events` asks for) and of full-text search over a store of a million generated events.
 * PostgreSQL: the server FAULTLINE_BENCH_POSTGRES (or FAULTLINE_TEST_POSTGRES) names, else a
 * throwaway one started with scripts/start-test-postgres.sh; skipped with a note when neither works.
 * Reproduce with: npm run bench   (or: node bin/run-ts.mjs bench/store.bench.ts [--quick] [--events N])
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { ingestDocuments } from "../src/cli/ingestDocuments.ts";
import { listDocumentPaths } from "../src/ingest/listDocumentPaths.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { KyselyStore } from "../src/store/KyselyStore.ts";
import { openDatabase, openStore } from "../src/store/openStore.ts";
import type { EventFilter } from "../src/store/Store.ts";
import { fillStore } from "./fillStore.ts";
import { writeGeneratedCorpus } from "./writeGeneratedCorpus.ts";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, events: { type: "string" } },
});
const quick = values.quick;
const INGEST_DOCUMENTS = quick ? 20 : 500;
const STORED_EVENTS = Number(values.events ?? (quick ? 20_000 : 1_000_000));
const EVENTS_PER_DOCUMENT = 20;
const REPEATS = quick ? 5 : 40;

const FILTERS: [string, EventFilter][] = [
  ["--type ASSAULT --country AFG", { type: "ASSAULT", country: "AFG" }],
  ["--actor AFG:STATE --since 2024-01-01", { actor: "AFG:STATE", since: "2024-01-01" }],
  [
    "--actor Afghanistan --type THREATEN --until 2022-12-31",
    { actor: "Afghanistan", type: "THREATEN", until: "2022-12-31" },
  ],
  ["--place Kabul", { place: "Kabul" }],
  ["--since 2025-03-01 --until 2025-03-31", { since: "2025-03-01", until: "2025-03-31" }],
];
const SEARCHES = ["air strikes Kabul", "ceasefire", "accused sheltering fighters", "bomb convoy"];

const root = mkdtempSync(join(tmpdir(), "faultline-store-bench-"));
const kb = loadKnowledgeBase();
const corpus = listDocumentPaths([writeGeneratedCorpus(kb, join(root, "corpus"), INGEST_DOCUMENTS, 11)]);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function latencies(work: () => Promise<unknown>): Promise<string> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return `p50 ${percentile(samples, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(1).padStart(7)} ms`;
}

async function benchBackend(label: string, ingestLocation: string, queryLocation: string) {
  console.log(`\n${label}`);
  const store = await openStore(ingestLocation);
  const start = performance.now();
  const summary = await ingestDocuments(kb, store, corpus, {
    today: "2026-11-21",
    onInput() {},
    onFailure() {},
  });
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  console.log(
    `  ingest: ${summary.added} documents (${summary.duplicates + summary.nearDuplicates} duplicates), ` +
      `${summary.events} events in ${seconds.toFixed(1)} s = ${(corpus.length / seconds).toFixed(1)} documents/s`,
  );

  const { db, backend } = await openDatabase(queryLocation);
  const fillStart = performance.now();
  await fillStore(
    db,
    backend,
    kb,
    { events: STORED_EVENTS, perDocument: EVENTS_PER_DOCUMENT, seed: 5 },
    (done) => {
      if (process.stderr.isTTY) process.stderr.write(`\r  filling: ${done} events`);
    },
  );
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  const big = new KyselyStore(db, backend);
  const counts = await big.counts();
  console.log(
    `  generated store: ${counts.events} events in ${counts.documents} documents, filled in ${((performance.now() - fillStart) / 1000).toFixed(0)} s`,
  );
  for (const [flags, filter] of FILTERS) {
    const found = (await big.events(filter)).events.length;
    console.log(
      `  events ${flags.padEnd(56)} ${await latencies(() => big.events(filter))}  (${found} in the first page)`,
    );
  }
  for (const query of SEARCHES) {
    const found = (await big.search(query)).length;
    console.log(
      `  search "${query}"`.padEnd(65) + ` ${await latencies(() => big.search(query))}  (${found} hits)`,
    );
  }
  await big.close();
}

/** A PostgreSQL server to measure: the one named in the environment, else a throwaway one. */
function postgresServer(): { url: string; stop(): void } | { skip: string } {
  const named = process.env.FAULTLINE_BENCH_POSTGRES ?? process.env.FAULTLINE_TEST_POSTGRES;
  if (named) return { url: named, stop() {} };
  try {
    const script = join(import.meta.dirname, "..", "scripts", "start-test-postgres.sh");
    const [dir, url] = execFileSync(script, { encoding: "utf8" }).trim().split(" ");
    return { url: url ?? "", stop: () => execFileSync(script, ["stop", dir ?? ""]) };
  } catch (error) {
    return { skip: `no server (${(error as Error).message.split("\n")[0]})` };
  }
}

async function withDatabases(server: string, names: string[], work: (urls: string[]) => Promise<void>) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const urls = names.map((name) => {
    const url = new URL(server);
    url.pathname = `/${name}`;
    return url.toString();
  });
  try {
    for (const name of names) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await work(urls);
  } finally {
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

console.log(
  `Store benchmark: ingest of ${INGEST_DOCUMENTS} generated documents; queries over ${STORED_EVENTS} generated events, ${REPEATS} runs each`,
);
try {
  await benchBackend("SQLite (embedded)", join(root, "ingest.db"), join(root, "query.db"));
  const server = postgresServer();
  if ("skip" in server) console.log(`\nPostgreSQL: skipped, ${server.skip}`);
  else
    try {
      await withDatabases(
        server.url,
        ["faultline_bench_ingest", "faultline_bench_query"],
        ([ingest, query]) => benchBackend("PostgreSQL", ingest ?? "", query ?? ""),
      );
    } finally {
      server.stop();
    }
} finally {
  rmSync(root, { recursive: true, force: true });
}
