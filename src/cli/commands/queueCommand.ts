import { parseArgs } from "node:util";
import { isPostgresUrl, openStore, storeLocation } from "../../store/openStore.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP } from "./storeOption.ts";

const usage = `Usage: faultline queue [options]

Shows the ingest queue of a PostgreSQL store: documents waiting, in hand, failed after every
attempt (with the last error), the documents that can never be ingested (with why), and how
many workers are alive.

Options:
  --format table|json      table (default) or JSON
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "table" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  formatOption(values.format, ["table", "json"]);
  const location = storeLocation(values.db);
  if (!isPostgresUrl(location))
    throw new UsageError("the queue lives in a PostgreSQL store: --db postgres://...");
  // The queue's modules load graphile-worker: only the commands that use it pay for it.
  const { openQueue } = await import("../../queue/enqueueDocuments.ts");
  const { queueStatus } = await import("../../queue/queueStatus.ts");
  const queue = await openQueue(location, (message) => io.err(`faultline queue: ${message}\n`));
  const store = await openStore(location);
  try {
    const status = await queueStatus(queue);
    const failures = await store.failures();
    if (values.format === "json") {
      io.out(`${JSON.stringify({ ...status, unreadable: failures }, null, 2)}\n`);
      return EXIT_OK;
    }
    io.out(
      `pending ${status.pending}   running ${status.running}   failed ${status.failed.length}   ` +
        `could not be ingested ${failures.length}   workers alive ${status.workers}\n`,
    );
    for (const f of status.failed)
      io.out(`  failed after ${f.attempts} attempts: ${f.key ?? "?"}: ${f.error ?? ""}\n`);
    for (const f of failures) io.out(`  not ingested: ${f.name}: ${f.reason}\n`);
    return EXIT_OK;
  } finally {
    await queue.release();
    await store.close();
  }
}

export const queueCommand: Command = {
  name: "queue",
  summary: "show pending, running and failed ingest jobs",
  usage,
  run,
};
