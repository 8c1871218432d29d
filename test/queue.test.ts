import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { generateCorpus } from "../bench/generateCorpus.ts";
import { openQueue } from "../src/queue/enqueueDocuments.ts";
import { queueStatus } from "../src/queue/queueStatus.ts";
import { openStore } from "../src/store/openStore.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";
import { createDatabase, dropDatabases } from "./support/postgresDatabases.ts";

/**
 * The job queue against a real PostgreSQL server (FAULTLINE_TEST_POSTGRES; .ci/run starts one):
 * several worker processes at once, a worker killed mid-job, a job that can never succeed.
 */
const server = process.env.FAULTLINE_TEST_POSTGRES;
const skip = server
  ? false
  : "FAULTLINE_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)";
const bin = join(import.meta.dirname, "..", "bin", "faultline.mjs");
const corpus = join(import.meta.dirname, "..", "examples", "pak-afg-2026");
const directory = mkdtempSync(join(tmpdir(), "faultline-queue-"));
const databases: string[] = [];

async function freshDatabase(): Promise<string> {
  const name = `faultline_queue_${process.pid}_${databases.length}`;
  databases.push(name);
  return createDatabase(server ?? "", name);
}

after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  if (server) await dropDatabases(server, databases);
  rmSync(directory, { recursive: true, force: true });
});

const children: ChildProcess[] = [];

function faultline(...args: string[]): ChildProcess {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return child;
}

async function finished(child: ChildProcess): Promise<number | null> {
  const [code] = await once(child, "exit");
  return code as number | null;
}

/** Waits until the queue holds no job waiting or in hand. */
async function drained(db: string, timeoutMs: number) {
  const queue = await openQueue(db, () => {});
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await queueStatus(queue);
      if (status.pending === 0 && status.running === 0) return status;
      assert.ok(Date.now() < deadline, `queue not drained: ${JSON.stringify(status)}`);
      await new Promise((done) => setTimeout(done, 300));
    }
  } finally {
    await queue.release();
  }
}

describe("the ingest queue", { skip }, () => {
  it("lets several workers ingest at once: every document once, no document's events fused together", async () => {
    const db = await freshDatabase();
    assert.equal(await finished(faultline("ingest", "--queue", "--db", db, corpus)), 0);
    // The same folder again is the same jobs: a job's key is its document's hash.
    assert.equal(await finished(faultline("ingest", "--queue", "--db", db, corpus)), 0);
    const workers = [1, 2, 3].map(() => faultline("worker", "--db", db));
    await drained(db, 120_000);
    for (const worker of workers) worker.kill("SIGTERM");
    assert.deepEqual(await Promise.all(workers.map(finished)), [0, 0, 0], "graceful shutdown");

    const store = await openStore(db);
    try {
      const documents = await store.documents();
      assert.equal(documents.length, 23);
      assert.equal(new Set(documents.map((d) => d.name)).size, 23);
      const { events } = await store.events({ limit: 100_000 });
      assert.ok(
        events.every((e) => e.fusion !== null),
        "every report fused",
      );
      const byGroup = new Map<string, Set<number>>();
      for (const e of events) {
        const group = e.fusion?.fusedId ?? "";
        const documentIds = byGroup.get(group) ?? new Set<number>();
        assert.ok(!documentIds.has(e.documentId), `${group} holds two events of document ${e.documentId}`);
        documentIds.add(e.documentId);
        byGroup.set(group, documentIds);
      }
      const heads = new Set(events.map((e) => e.event.id));
      assert.ok(
        [...byGroup.keys()].every((id) => heads.has(id)),
        "every fused event is named by one of its reports",
      );
      assert.ok(
        [...byGroup.values()].some((g) => g.size >= 3),
        "reports from several documents fused",
      );
    } finally {
      await store.close();
    }
  });

  it("hands a killed worker's job to another worker", async () => {
    const db = await freshDatabase();
    // A document long enough to keep a worker busy for a few seconds.
    const long = generateCorpus(projectKnowledgeBase(), { documents: 60, seed: 3 })
      .map((d) => d.text)
      .join("\n\n");
    const file = join(directory, "long-report.txt");
    writeFileSync(file, long);
    assert.equal(
      await finished(faultline("ingest", "--queue", "--db", db, "--published", "2026-02-27", file)),
      0,
    );

    const doomed = faultline("worker", "--db", db, "--recover-after", "3");
    const queue = await openQueue(db, () => {});
    try {
      for (let tries = 0; (await queueStatus(queue)).running === 0; tries++) {
        assert.ok(tries < 200, "the first worker never took the job");
        await new Promise((done) => setTimeout(done, 100));
      }
    } finally {
      await queue.release();
    }
    doomed.kill("SIGKILL");
    await finished(doomed);

    const rescuer = faultline("worker", "--db", db, "--recover-after", "3");
    let output = "";
    rescuer.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await drained(db, 120_000);
    rescuer.kill("SIGTERM");
    assert.equal(await finished(rescuer), 0);
    assert.match(output, /recovered the jobs of stopped workers/);
    assert.match(output, /new +long-report\.txt/);
    const store = await openStore(db);
    try {
      assert.equal((await store.counts()).documents, 1);
    } finally {
      await store.close();
    }
  });

  it("keeps a live worker's long job: its jobs are not handed over while it beats", async () => {
    const db = await freshDatabase();
    const long = generateCorpus(projectKnowledgeBase(), { documents: 60, seed: 4 })
      .map((d) => d.text)
      .join("\n\n");
    const file = join(directory, "long-live-report.txt");
    writeFileSync(file, long);
    assert.equal(
      await finished(faultline("ingest", "--queue", "--db", db, "--published", "2026-02-27", file)),
      0,
    );
    // Taken for dead after one second of silence: the job takes longer than that.
    const worker = faultline("worker", "--db", db, "--recover-after", "1");
    let output = "";
    worker.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await drained(db, 120_000);
    worker.kill("SIGTERM");
    assert.equal(await finished(worker), 0);
    assert.doesNotMatch(output, /recovered the jobs/);
    assert.match(output, /new +long-live-report\.txt/);
  });

  it("records a job that can never succeed, with the reason, and goes on", async () => {
    const db = await freshDatabase();
    const queue = await openQueue(db, () => {});
    try {
      await queue.addJob("ingest_document", { not: "a document" }, { jobKey: "broken" });
    } finally {
      await queue.release();
    }
    const worker = faultline("worker", "--db", db);
    await drained(db, 30_000);
    worker.kill("SIGTERM");
    assert.equal(await finished(worker), 0);
    const status = faultline("queue", "--db", db);
    let out = "";
    status.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    assert.equal(await finished(status), 0);
    assert.match(out, /pending 0 +running 0 +failed 0 +could not be ingested 1/);
    assert.match(out, /not ingested: \?: not a document job/);
  });
});
