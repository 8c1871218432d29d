import { Logger, makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import { identifyProse, proseOf } from "../store/prepareDocument.ts";
import { type DocumentJob, INGEST_TASK } from "./documentJob.ts";

/** How often a job is tried before it lands in the failed list (with growing waits between tries). */
export const MAX_ATTEMPTS = 5;

/** Opens the queue in a PostgreSQL database, creating its tables on first use. */
export async function openQueue(
  connectionString: string,
  report: (message: string) => void,
): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ connectionString, logger: queueLogger(report) });
  await utils.migrate();
  return utils;
}

/**
 * Enqueues documents for the workers. A job's key is the SHA-256 of the document's prose: the
 * same document enqueued twice is one job, and a stored one is recognised by the worker.
 */
export async function enqueueDocuments(queue: WorkerUtils, jobs: Iterable<DocumentJob>): Promise<number> {
  let added = 0;
  for (const job of jobs) {
    const { contentHash } = identifyProse(proseOf(job.document));
    await queue.addJob(INGEST_TASK, job, {
      jobKey: contentHash,
      jobKeyMode: "preserve_run_at",
      maxAttempts: MAX_ATTEMPTS,
    });
    added++;
  }
  return added;
}

/** A graphile-worker logger that passes on warnings and errors only (the commands report jobs themselves). */
export function queueLogger(report: (message: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") report(message);
  });
}
