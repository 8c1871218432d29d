/**
 * Beyond one machine: a synthetic corpus of 100,000 documents (generated from the knowledge base
 * and our own templates, with republished stories), extraction alone in one process and in two
 * side by side (what a second process adds on this machine), ingest throughput through the
 * PostgreSQL job queue with one and with two worker processes, and query latencies (p50/p95)
 * over a million stored events on both backends: filtered event pages, a month's timeline and
 * escalation series, the escalation series over all time by week and 200 search hits (what the
 * dashboard asks for first), and full-text search.
 * PostgreSQL: FAULTLINE_BENCH_POSTGRES (or FAULTLINE_TEST_POSTGRES), else a throwaway server
 * started with scripts/start-test-postgres.sh.
 * Reproduce: npm run bench:scale   (options: --documents N, --ingest N, --events N, --quick)
 */
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { escalation } from "../src/analyze/escalation.ts";
import { loadDyadEvents } from "../src/analyze/loadDyadEvents.ts";
import { timeline } from "../src/analyze/timeline.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { documentJob } from "../src/queue/documentJob.ts";
import { enqueueDocuments, openQueue } from "../src/queue/enqueueDocuments.ts";
import { queueStatus } from "../src/queue/queueStatus.ts";
import { KyselyStore } from "../src/store/KyselyStore.ts";
import { openDatabase } from "../src/store/openStore.ts";
import type { EventFilter, Store } from "../src/store/Store.ts";
import { fillStore } from "./fillStore.ts";
import { generateCorpus, toSourceDocument } from "./generateCorpus.ts";
import { postgresCpuMs, processCpuMs } from "./processCpu.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    documents: { type: "string" },
    ingest: { type: "string" },
    events: { type: "string" },
  },
});
const DOCUMENTS = Number(values.documents ?? (values.quick ? 2_000 : 100_000));
const INGESTED = Number(values.ingest ?? (values.quick ? 60 : 2_000));
const EVENTS = Number(values.events ?? (values.quick ? 20_000 : 1_000_000));
const REPEATS = values.quick ? 5 : 30;
const bin = join(import.meta.dirname, "..", "bin", "faultline.mjs");
const kb = loadKnowledgeBase();

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return `p50 ${at(50).toFixed(1).padStart(8)} ms   p95 ${at(95).toFixed(1).padStart(8)} ms`;
}

async function latency(work: () => Promise<unknown>): Promise<string> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return percentiles(samples);
}

function postgresServer(): { url: string; stop(): void } {
  const named = process.env.FAULTLINE_BENCH_POSTGRES ?? process.env.FAULTLINE_TEST_POSTGRES;
  if (named) return { url: named, stop() {} };
  const script = join(import.meta.dirname, "..", "scripts", "start-test-postgres.sh");
  const [dir, url] = execFileSync(script, { encoding: "utf8" }).trim().split(" ");
  return { url: url ?? "", stop: () => execFileSync(script, ["stop", dir ?? ""]) };
}

async function withDatabase<T>(server: string, name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Enqueues the first INGESTED documents, runs `workers` worker processes until the queue is empty; documents/s. */
async function ingestThroughput(server: string, corpus: ReturnType<typeof generateCorpus>, workers: number) {
  return withDatabase(server, `faultline_scale_${workers}`, async (db) => {
    execFileSync(process.execPath, [bin, "docs", "--db", db]); // creates the store's schema once
    const queue = await openQueue(db, () => {});
    try {
      const jobs = corpus
        .slice(0, INGESTED)
        .map((d) =>
          documentJob(
            { ...toSourceDocument(d), id: `${d.id}.txt` },
            { path: null, url: null, source: "generated", title: null, published: d.published },
            null,
          ),
        );
      // Workers first, ready (knowledge base loaded): the clock measures ingest, not start-up.
      const processes: ChildProcess[] = Array.from({ length: workers }, () =>
        spawn(process.execPath, [bin, "worker", "--db", db], { stdio: ["ignore", "ignore", "pipe"] }),
      );
      await Promise.all(
        processes.map(
          (p) =>
            new Promise<void>((ready) => {
              let said = "";
              p.stderr?.on("data", (chunk: Buffer) => {
                said += chunk.toString();
                if (said.includes("taking jobs")) ready();
              });
            }),
        ),
      );
      const cpuBefore = { workers: workersCpuMs(processes), postgres: postgresCpuMs() };
      const started = performance.now();
      await enqueueDocuments(queue, jobs);
      const pending = new Set(jobs.map((j) => j.document.text)).size;
      let status = await queueStatus(queue);
      while (status.pending > 0 || status.running > 0) {
        await new Promise((done) => setTimeout(done, 250));
        status = await queueStatus(queue);
      }
      const seconds = (performance.now() - started) / 1000;
      const workersMs = workersCpuMs(processes);
      const postgresMs = postgresCpuMs();
      const perDocument = (after: number | null, before: number | null) =>
        after === null || before === null ? null : (after - before) / pending;
      const cpu: CpuPerDocument = {
        workers: perDocument(workersMs, cpuBefore.workers),
        postgres: perDocument(postgresMs, cpuBefore.postgres),
      };
      for (const p of processes) p.kill("SIGTERM");
      await Promise.all(processes.map((p) => once(p, "exit")));
      // Jobs that failed every attempt are not documents ingested: said, not hidden in the rate.
      return { jobs: pending, failed: status.failed.length, seconds, rate: pending / seconds, cpu };
    } finally {
      await queue.release();
    }
  });
}

/** CPU time per document ingested, in ms, of the workers and of PostgreSQL; null where /proc cannot tell. */
interface CpuPerDocument {
  workers: number | null;
  postgres: number | null;
}

/** CPU time the worker processes have used, in ms; null where /proc cannot tell. */
function workersCpuMs(processes: readonly ChildProcess[]): number | null {
  let total = 0;
  for (const p of processes) {
    const ms = p.pid === undefined ? null : processCpuMs(p.pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

/** "CPU per document: workers 5.9 ms, PostgreSQL 4.4 ms", as far as this machine can tell. */
function cpuLine(cpu: CpuPerDocument): string {
  const ms = (value: number | null) => (value === null ? "not measured" : `${value.toFixed(1)} ms`);
  return `CPU per document: workers ${ms(cpu.workers)}, PostgreSQL ${ms(cpu.postgres)} (on this machine)`;
}

/** Reports per second of `processes` runs of bench/extractAlone.ts side by side, in all. */
async function extractionAlone(processes: number): Promise<number> {
  const script = join(import.meta.dirname, "extractAlone.ts");
  const size = values.quick ? ["--documents", "50", "--warm-up", "5"] : [];
  const runs = Array.from({ length: processes }, () =>
    promisify(execFile)(process.execPath, [
      join(import.meta.dirname, "..", "bin", "run-ts.mjs"),
      script,
      ...size,
    ]),
  );
  const rates = (await Promise.all(runs)).map(({ stdout }) => JSON.parse(stdout).reportsPerSecond as number);
  return rates.reduce((sum, rate) => sum + rate, 0);
}

/**
 * "one worker kept 1.55 of 2 cores busy ...": the most a second worker can add on this machine,
 * where the workers and PostgreSQL share its cores. Null where the CPU was not measured.
 */
function coresLine(cpu: CpuPerDocument, rate: number): string | null {
  if (cpu.workers === null || cpu.postgres === null) return null;
  const busy = (rate * (cpu.workers + cpu.postgres)) / 1000;
  const cores = availableParallelism();
  return `  one worker kept ${busy.toFixed(2)} of ${cores} cores busy (itself and PostgreSQL): more workers can reach at most ${(cores / busy).toFixed(2)} times its rate on this machine`;
}

async function queryLatencies(label: string, store: Store) {
  const counts = await store.counts();
  console.log(`\n${label}: ${counts.events} events in ${counts.documents} documents`);
  const month: EventFilter = { since: "2025-03-01", until: "2025-03-31" };
  const dyad: [string, string] = ["AFG:STATE", "PAK:STATE"];
  const rows: [string, () => Promise<unknown>][] = [
    ["events (first page, no filter)", () => store.events({})],
    ["events --type ASSAULT --country AFG", () => store.events({ type: "ASSAULT", country: "AFG" })],
    [
      "events --actor AFG:STATE --since 2024-01-01",
      () => store.events({ actor: "AFG:STATE", since: "2024-01-01" }),
    ],
    ["events --place Kabul", () => store.events({ place: "Kabul" })],
    ["timeline, one month, by day", async () => timeline(await store.eventTallies(month), "day")],
    [
      "escalation AFG:STATE,PAK:STATE, one month",
      async () => escalation(await loadDyadEvents(store, month, dyad), dyad, "day"),
    ],
    [
      "escalation AFG:STATE,PAK:STATE, by week",
      async () => escalation(await loadDyadEvents(store, {}, dyad), dyad, "week"),
    ],
    ['search "ceasefire"', () => store.search("ceasefire")],
    ['search "air strikes Kabul"', () => store.search("air strikes Kabul")],
    ['search "air strikes Kabul", 200 hits', () => store.search("air strikes Kabul", { limit: 200 })],
  ];
  for (const [name, work] of rows) console.log(`  ${name.padEnd(46)} ${await latency(work)}`);
}

const root = mkdtempSync(join(tmpdir(), "faultline-scale-"));
const server = postgresServer();
try {
  const started = performance.now();
  const corpus = generateCorpus(kb, { documents: DOCUMENTS, seed: 2_026 });
  const distinct = new Set(corpus.map((d) => d.text)).size;
  const megabytes = corpus.reduce((sum, d) => sum + d.text.length, 0) / 1e6;
  console.log(
    `corpus: ${DOCUMENTS} generated documents (${megabytes.toFixed(0)} MB, ${DOCUMENTS - distinct} republished) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const [alone, sideBySide] = [await extractionAlone(1), await extractionAlone(2)];
  console.log(
    `extraction alone, no database (what a second process adds on this machine): 1 process ${alone.toFixed(0)} reports/s, 2 side by side ${sideBySide.toFixed(0)} (ratio ${(sideBySide / alone).toFixed(2)})`,
  );
  const one = await ingestThroughput(server.url, corpus, 1);
  const two = await ingestThroughput(server.url, corpus, 2);
  console.log(
    `ingest through the queue, first ${INGESTED} documents (target: 150 documents/s per worker, 2/1 ratio 1.7):`,
  );
  console.log(
    `  1 worker : ${one.jobs} jobs (${one.failed} failed) in ${one.seconds.toFixed(1)} s = ${one.rate.toFixed(1)} documents/s; ${cpuLine(one.cpu)}`,
  );
  console.log(
    `  2 workers: ${two.jobs} jobs (${two.failed} failed) in ${two.seconds.toFixed(1)} s = ${two.rate.toFixed(1)} documents/s (ratio ${(two.rate / one.rate).toFixed(2)}); ${cpuLine(two.cpu)}`,
  );

  const cores = coresLine(one.cpu, one.rate);
  if (cores) console.log(cores);

  const sqlite = await openDatabase(join(root, "scale.db"));
  await fillStore(sqlite.db, sqlite.backend, kb, { events: EVENTS, perDocument: 20, seed: 9 });
  const sqliteStore = new KyselyStore(sqlite.db, sqlite.backend);
  await queryLatencies("SQLite", sqliteStore);
  await sqliteStore.close();
  await withDatabase(server.url, "faultline_scale_queries", async (url) => {
    const { db, backend } = await openDatabase(url);
    await fillStore(db, backend, kb, { events: EVENTS, perDocument: 20, seed: 9 });
    const store = new KyselyStore(db, backend);
    await queryLatencies("PostgreSQL (target: p95 under 100 ms)", store);
    await store.close();
  });
  console.log(
    `\nreproduce: npm run bench:scale -- --documents ${DOCUMENTS} --ingest ${INGESTED} --events ${EVENTS}`,
  );
} finally {
  server.stop();
  rmSync(root, { recursive: true, force: true });
}
