import type { WorkerUtils } from "graphile-worker";

/**
 * Keeps this process's workers marked alive in the queue's database, and hands the jobs of
 * workers that went silent (a machine lost, a process killed) back to the queue, so that another
 * worker takes them up within `deadAfterMs` rather than graphile-worker's four-hour lock timeout.
 */
export function watchWorkers(
  queue: WorkerUtils,
  workerIds: () => string[],
  options: {
    heartbeatMs: number;
    deadAfterMs: number;
    onRecovered(ids: string[]): void;
    onError(error: Error): void;
  },
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const beat = async () => {
    await queue.withPgClient(async (client) => {
      await client.query(
        "CREATE TABLE IF NOT EXISTS faultline_queue_workers (worker_id text PRIMARY KEY, heartbeat_at timestamptz NOT NULL)",
      );
      const ids = workerIds();
      if (ids.length > 0)
        await client.query(
          `INSERT INTO faultline_queue_workers (worker_id, heartbeat_at) SELECT unnest($1::text[]), now()
           ON CONFLICT (worker_id) DO UPDATE SET heartbeat_at = now()`,
          [ids],
        );
      await client.query(
        "DELETE FROM faultline_queue_workers WHERE heartbeat_at < now() - make_interval(secs => $1::float / 1000)",
        [options.deadAfterMs],
      );
      // Jobs held for longer than that by a worker that has not said it is alive since: its
      // process is gone (killed, its machine lost), perhaps before it ever said so.
      const { rows } = await client.query<{ locked_by: string }>(
        `SELECT DISTINCT locked_by FROM graphile_worker.jobs
         WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1::float / 1000)
           AND locked_by NOT IN (SELECT worker_id FROM faultline_queue_workers)`,
        [options.deadAfterMs],
      );
      const dead = rows.map((r) => r.locked_by);
      if (dead.length > 0) {
        await queue.forceUnlockWorkers(dead);
        options.onRecovered(dead);
      }
    });
  };
  const timer = setInterval(() => {
    running = running.then(beat).catch((error: Error) => options.onError(error));
  }, options.heartbeatMs);
  running = beat().catch((error: Error) => options.onError(error));
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await queue
        .withPgClient((client) =>
          client.query("DELETE FROM faultline_queue_workers WHERE worker_id = ANY($1::text[])", [
            workerIds(),
          ]),
        )
        .catch(() => {});
    },
  };
}
