import { EventEmitter } from "node:events";
import { type Runner, run, type WorkerEvents, type WorkerUtils } from "graphile-worker";
import { z } from "zod";
import { ExtractionError, type IngestItem, ingestDocuments } from "../api/ingestDocument.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Store } from "../store/Store.ts";
import { collectBatches } from "./collectBatches.ts";
import { documentJobPayload, INGEST_TASK } from "./documentJob.ts";
import { queueLogger } from "./enqueueDocuments.ts";
import { watchWorkers } from "./watchWorkers.ts";

export interface WorkerOptions {
  connectionString: string;
  /** Batches in hand at once. */
  concurrency: number;
  /** Jobs taken from the queue and stored together, at most. */
  batchSize: number;
  store: Store;
  queue: WorkerUtils;
  knowledgeBase: KnowledgeBase;
  today(): IsoDate;
  /** Told one line per job, and the queue's warnings. */
  report(line: string): void;
  /** How often a worker says it is alive, and how long a silent worker is given before its jobs go to others. */
  heartbeatMs?: number;
  deadAfterMs?: number;
}

export interface RunningWorker {
  /** Finishes the jobs in hand (or hands them back after a while) and stops. */
  stop(): Promise<void>;
  /** Settles when the worker has stopped. */
  done: Promise<void>;
}

/**
 * Runs a worker: takes ingest jobs from the queue as soon as they are added, `batchSize` at a
 * time in one query (graphile-worker's local queue), and stores their documents together as
 * `faultline ingest` stores one (`ingestDocuments`: one transaction's worth of statements for the
 * batch instead of a dozen per document); `concurrency` batches at once. A document that can never be ingested
 * (the payload is not a document, the extractor fails on it) is recorded in the store's failures
 * and its job completed; any other error (the database away, a lock timeout) is thrown back to the
 * queue, which tries the job again later, up to its maximum attempts.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { store, report } = options;
  const events: WorkerEvents = new EventEmitter();
  // Jobs are locked in the name of the worker pool (graphile-worker's batchGetJobs), not of its
  // workers: the pool's id is the one the heartbeat must keep alive.
  const workerIds = new Set<string>();
  events.on("pool:create", ({ workerPool }) => workerIds.add(workerPool.id));
  const ingest = collectBatches(options.batchSize, (items: IngestItem[]) =>
    ingestDocuments(options.knowledgeBase, store, items, { today: options.today() }),
  );
  const jobsInHand = options.concurrency * options.batchSize;
  const runner: Runner = await run({
    connectionString: options.connectionString,
    concurrency: jobsInHand,
    // The jobs of a batch are taken in one query and completed (or failed) in one.
    preset: { worker: { localQueue: { size: jobsInHand }, completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    noHandleSignals: true,
    pollInterval: 1000,
    logger: queueLogger(report),
    events,
    taskList: {
      async [INGEST_TASK](payload, helpers) {
        const parsed = documentJobPayload.safeParse(payload);
        const key = helpers.job.key ?? `job-${helpers.job.id}`;
        if (!parsed.success) {
          await store.recordFailure({
            key,
            name: "?",
            reason: `not a document job: ${z.prettifyError(parsed.error)}`,
          });
          report(`failed     job ${helpers.job.id}: not a document job`);
          return;
        }
        const { document, origin, published } = parsed.data;
        const outcome = await ingest({ document, origin, published: published ?? undefined });
        if (outcome instanceof ExtractionError) {
          await store.recordFailure({ key, name: document.id, reason: outcome.message });
          report(`failed     ${document.id}: ${outcome.message}`);
          return;
        }
        report(
          outcome.status === "new"
            ? `new        ${document.id} (document ${outcome.documentId}, ${outcome.events} events)`
            : `${outcome.status.padEnd(10)} ${document.id} (document ${outcome.documentId})`,
        );
      },
    },
  });
  const watcher = watchWorkers(options.queue, () => [...workerIds], {
    heartbeatMs: options.heartbeatMs ?? 2_000,
    deadAfterMs: options.deadAfterMs ?? 15_000,
    onRecovered: (ids) => report(`recovered the jobs of stopped workers ${ids.join(", ")}`),
    onError: (error) => report(`heartbeat: ${error.message}`),
  });
  const done = runner.promise.finally(() => watcher.stop());
  return {
    async stop() {
      await runner.stop();
      await done;
    },
    done,
  };
}
