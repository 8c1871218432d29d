import type { WorkerUtils } from "graphile-worker";
import { INGEST_TASK } from "./documentJob.ts";

export interface QueueStatus {
  pending: number;
  running: number;
  /** Jobs that failed every attempt (transient errors that never cleared), with the last error. */
  failed: { key: string | null; error: string | null; attempts: number }[];
  /** Workers that said they were alive lately. */
  workers: number;
}

/** What the queue holds now: jobs waiting, jobs in hand, jobs that failed every attempt. */
export async function queueStatus(queue: WorkerUtils): Promise<QueueStatus> {
  return queue.withPgClient(async (client) => {
    const counts = await client.query<{ pending: string; running: string }>(
      `SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS pending,
              count(*) FILTER (WHERE locked_at IS NOT NULL) AS running
       FROM graphile_worker.jobs WHERE task_identifier = $1`,
      [INGEST_TASK],
    );
    const failed = await client.query<{ key: string | null; last_error: string | null; attempts: number }>(
      `SELECT key, last_error, attempts FROM graphile_worker.jobs
       WHERE task_identifier = $1 AND attempts >= max_attempts ORDER BY updated_at DESC LIMIT 100`,
      [INGEST_TASK],
    );
    const workers = await client
      .query<{ n: string }>(
        `SELECT count(*) AS n FROM faultline_queue_workers WHERE heartbeat_at > now() - interval '30 seconds'`,
      )
      .catch(() => ({ rows: [{ n: "0" }] }));
    return {
      pending: Number(counts.rows[0]?.pending ?? 0),
      running: Number(counts.rows[0]?.running ?? 0),
      failed: failed.rows.map((r) => ({ key: r.key, error: r.last_error, attempts: r.attempts })),
      workers: Number(workers.rows[0]?.n ?? 0),
    };
  });
}
