import { parseArgs } from "node:util";
import { isIsoDate } from "../../core/isoDate.ts";
import { listDocumentPaths } from "../../ingest/listDocumentPaths.ts";
import { loadKnowledgeBase } from "../../knowledge/loadKnowledgeBase.ts";
import { isPostgresUrl, openStore, storeLocation } from "../../store/openStore.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { type IngestSummary, ingestDocuments } from "../ingestDocuments.ts";
import { progressReporter } from "../progressReporter.ts";
import { today } from "../today.ts";
import { UsageError } from "../UsageError.ts";
import { describeStore, STORE_OPTION_HELP } from "./storeOption.ts";

const usage = `Usage: faultline ingest [options] PATH_OR_GLOB_OR_URL...

Reads documents, extracts their events and stores documents, mentions, events and evidence.
Folders are read recursively (.txt, .md with front matter, .html, and RSS/Atom feeds as .xml,
.rss or .atom); globs are expanded; http(s) URLs are fetched when the machine is online.
Each document is stored in a transaction of its own, so an interrupted run leaves no half-written
document and the next run goes on where it stopped. A document whose text is stored already, or
that tells a stored story under another header (the same wire story on two sites), is not stored
again: its place is recorded as another source of the stored one.

Options:
${STORE_OPTION_HELP}
  --published YYYY-MM-DD   publication date for documents that give none (else inferred from the text)
  --strict                 exit with 1 when any input fails (default: report failures, exit 0)
  --queue                  enqueue the documents for "faultline worker" processes instead of
                           ingesting them here (needs a PostgreSQL store)
  -h, --help               show this help

Exit codes: 0 done (failures reported), 1 an input failed with --strict or the store failed,
2 wrong usage.
`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function summaryLine(summary: IngestSummary, seconds: number): string {
  const seen = summary.added + summary.duplicates + summary.nearDuplicates;
  if (summary.added === 0 && summary.failed === 0 && seen > 0)
    return `Nothing new: all ${plural(seen, "document")} are stored already (${summary.duplicates} identical, ${summary.nearDuplicates} near-duplicate). ${seconds.toFixed(1)} s.\n`;
  return (
    `Documents: ${summary.added} new, ${summary.duplicates} duplicate, ${summary.nearDuplicates} near-duplicate, ` +
    `${summary.failed} failed. Events stored: ${summary.events}, ${summary.fused} of them reported elsewhere too (fused). ${seconds.toFixed(1)} s.\n`
  );
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: "string" },
      published: { type: "string" },
      strict: { type: "boolean", default: false },
      queue: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  if (values.published !== undefined && !isIsoDate(values.published))
    throw new UsageError(`--published expects YYYY-MM-DD, found "${values.published}"`);
  if (positionals.length === 0) throw new UsageError("ingest needs at least one PATH, GLOB or URL");

  const started = Date.now();
  const inputs = listDocumentPaths(positionals);
  const location = storeLocation(values.db);
  if (values.queue) return enqueue(location, inputs, values.published, values.strict, io);
  const store = await openStore(location);
  try {
    const kb = loadKnowledgeBase();
    io.err(`faultline ingest: ${plural(inputs.length, "input")} into ${describeStore(location)}\n`);
    const progress = progressReporter(io, inputs.length);
    const failures: string[] = [];
    const summary = await ingestDocuments(kb, store, inputs, {
      published: values.published,
      today: today(),
      onInput: (lines) => progress.step(lines.join("\n           ")),
      onFailure(message) {
        failures.push(message);
        if (!io.errIsTerminal) io.err(`faultline ingest: ${message}\n`);
      },
    });
    progress.finish();
    if (io.errIsTerminal) for (const message of failures) io.err(`faultline ingest: ${message}\n`);
    const totals = await store.counts();
    io.out(summaryLine(summary, (Date.now() - started) / 1000));
    io.out(
      `The store holds ${plural(totals.documents, "document")} and ${plural(totals.events, "event")}.\n`,
    );
    return values.strict && summary.failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
  } finally {
    await store.close();
  }
}

/** `ingest --queue`: read the inputs and enqueue their documents for the workers. */
async function enqueue(
  location: string,
  inputs: string[],
  published: string | undefined,
  strict: boolean,
  io: CliIo,
): Promise<number> {
  if (!isPostgresUrl(location))
    throw new UsageError("--queue needs a PostgreSQL store: --db postgres://... (or DATABASE_URL)");
  // The queue's modules load graphile-worker: only --queue pays for it.
  const { openQueue } = await import("../../queue/enqueueDocuments.ts");
  const { enqueueInputs } = await import("../enqueueInputs.ts");
  const queue = await openQueue(location, (message) => io.err(`faultline ingest: ${message}\n`));
  try {
    const progress = progressReporter(io, inputs.length);
    const { enqueued, failed } = await enqueueInputs(queue, inputs, {
      published,
      onInput: (lines) => progress.step(lines.join("\n           ")),
      onFailure: (message) => io.err(`faultline ingest: ${message}\n`),
    });
    progress.finish();
    io.out(
      `Enqueued ${plural(enqueued, "document")} for the workers (${failed} inputs failed). "faultline queue" shows their progress.\n`,
    );
    return strict && failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
  } finally {
    await queue.release();
  }
}

export const ingestCommand: Command = {
  name: "ingest",
  summary: "extract and store events from files, folders, feeds and URLs",
  usage,
  run,
};
