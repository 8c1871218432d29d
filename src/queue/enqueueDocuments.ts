import { type AddJobsJobSpec, Logger, makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { identifyProse, proseOf } from "../store/prepareDocument.ts";
import { type DocumentJob, INGEST_TASK } from "./documentJob.ts";

/** How often a job is tried before it lands in the failed list (with growing waits between tries). */
export const MAX_ATTEMPTS = 5;
/** Jobs added in one statement. */
const BATCH = 500;

/** Opens the queue in a PostgreSQL database, creating its tables on first use. */
export async function openQueue(
  connectionString: string,
  report: (message: string) => void,
): Promise<WorkerUtils> {
  // Our own pool, ended (and awaited) on release: graphile-worker ends the pools it makes without
  // waiting and drops their error handlers first, so a server closing their connections meanwhile
  // (a database dropped) would end the process.
  const pgPool = new pg.Pool({ connectionString });
  pgPool.on("error", () => {});
  pgPool.on("connect", (client) => client.on("error", () => {}));
  const utils = await makeWorkerUtils({ pgPool, logger: queueLogger(report) });
  await utils.migrate();
  return {
    ...utils,
    async release() {
      await utils.release();
      await pgPool.end();
    },
  };
}

/**
 * Enqueues documents for the workers. A job's key is the SHA-256 of the document's prose: the
 * same document enqueued twice is one job, and a stored one is recognised by the worker.
 */
export async function enqueueDocuments(queue: WorkerUtils, jobs: Iterable<DocumentJob>): Promise<number> {
  let added = 0;
  let batch: AddJobsJobSpec[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    // Keys in one batch must differ: a document twice in one batch is one job.
    const unique = [...new Map(batch.map((spec) => [spec.jobKey, spec])).values()];
    await queue.addJobs(unique, true);
    added += batch.length;
    batch = [];
  };
  for (const job of jobs) {
    const { contentHash } = identifyProse(proseOf(job.document));
    batch.push({ identifier: INGEST_TASK, payload: job, jobKey: contentHash, maxAttempts: MAX_ATTEMPTS });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return added;
}

/** A graphile-worker logger that passes on warnings and errors only (the commands report jobs themselves). */
export function queueLogger(report: (message: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") report(message);
  });
}
