import { once } from "node:events";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../../knowledge/loadKnowledgeBase.ts";
import { isPostgresUrl, openStore, storeLocation } from "../../store/openStore.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { today } from "../today.ts";
import { UsageError } from "../UsageError.ts";
import { describeStore, STORE_OPTION_HELP } from "./storeOption.ts";

const usage = `Usage: faultline worker [options]

Takes documents that "faultline ingest --queue" enqueued and ingests them into the PostgreSQL
store: start as many workers as you like, on as many machines. A job that fails for a passing
reason is tried again later (five attempts, waiting longer each time); a document that can
never be ingested is recorded with the reason ("faultline queue" lists both). SIGTERM or Ctrl-C
finishes the jobs in hand and stops; the jobs of a worker that died are taken up by the others
(after --recover-after seconds).

Options:
  --batch N                documents taken from the queue and stored together, at most (default 20)
  --concurrency N          batches in hand at once (default 2: one is extracted while the other
                           is stored; extraction uses one core per process whatever this says:
                           start a worker per core)
  --recover-after S        seconds of silence after which a worker is taken for dead and its
                           jobs are handed to the others (default 15)
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      batch: { type: "string", default: "20" },
      concurrency: { type: "string", default: "2" },
      "recover-after": { type: "string", default: "15" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError(`--concurrency expects a whole number above 0, found "${values.concurrency}"`);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new UsageError(`--batch expects a whole number above 0, found "${values.batch}"`);
  const recoverAfter = Number(values["recover-after"]);
  if (!(recoverAfter > 0))
    throw new UsageError(`--recover-after expects seconds, found "${values["recover-after"]}"`);
  const location = storeLocation(values.db);
  if (!isPostgresUrl(location))
    throw new UsageError("a worker needs a PostgreSQL store: --db postgres://... (or DATABASE_URL)");
  const report = (line: string) => io.out(`${line}\n`);
  // The queue's modules load graphile-worker: only the commands that use it pay for it.
  const { openQueue } = await import("../../queue/enqueueDocuments.ts");
  const { startWorker } = await import("../../queue/runWorker.ts");
  const knowledgeBase = loadKnowledgeBase();
  // The gazetteer is built on first use: built now, before the worker says it is taking jobs,
  // rather than during its first job.
  knowledgeBase.places;
  const store = await openStore(location);
  const queue = await openQueue(location, (message) => io.err(`faultline worker: ${message}\n`));
  try {
    const worker = await startWorker({
      connectionString: location,
      concurrency,
      batchSize,
      store,
      queue,
      knowledgeBase,
      today,
      report,
      deadAfterMs: recoverAfter * 1000,
      heartbeatMs: Math.min(2_000, (recoverAfter * 1000) / 3),
    });
    io.err(
      `faultline worker: taking jobs from ${describeStore(location)}, ${batchSize} at a time, ${concurrency} batch(es) in hand (Ctrl-C stops)\n`,
    );
    const signal = Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]).then(() => "signal");
    if ((await Promise.race([signal, worker.done.then(() => "done")])) === "signal") {
      io.err("faultline worker: stopping after the jobs in hand\n");
      await worker.stop();
    }
    return EXIT_OK;
  } finally {
    await queue.release();
    await store.close();
  }
}

export const workerCommand: Command = {
  name: "worker",
  summary: "ingest documents from the PostgreSQL job queue",
  usage,
  run,
};
