import { parseArgs } from "node:util";
import type { FusedEvent } from "../../analyze/fusedEvents.ts";
import { loadFusedEvents } from "../../analyze/loadFusedEvents.ts";
import type { EventFilter, Store } from "../../store/Store.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilterOf } from "./eventFilterOptions.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

type Options = Record<string, string | boolean | undefined>;

/** What an analysis command adds to the shared frame: its options, and how it reads and prints the fused events. */
export interface Analysis<T> {
  name: string;
  summary: string;
  /** The usage text between the first line and the shared options. */
  description: string;
  options: Record<string, { type: "string" | "boolean"; default?: string | boolean }>;
  optionsHelp: string;
  /** Reads the fused events the analysis needs, when fewer than all the filter selects will do. */
  load?(store: Store, filter: EventFilter, options: Options): Promise<FusedEvent[]>;
  analyse(events: FusedEvent[], options: Options): T;
  table(result: T): string;
  json(result: T): unknown;
}

/**
 * A command over the store's fused events: the event filters, --format table|json and --db are
 * shared; each analysis brings its own options and output.
 */
export function analysisCommand<T>(analysis: Analysis<T>): Command {
  const usage = `Usage: faultline ${analysis.name} [options]

${analysis.description}

Options:
${analysis.optionsHelp ? `${analysis.optionsHelp}\n` : ""}${EVENT_FILTER_HELP}
  --format table|json      table (default) or JSON
${STORE_OPTION_HELP}
  -h, --help               show this help
`;
  async function run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        ...EVENT_FILTER_OPTIONS,
        ...analysis.options,
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
    const filter = eventFilterOf(values);
    const events = await withStore(values.db as string | undefined, (store: Store) =>
      analysis.load ? analysis.load(store, filter, values as Options) : loadFusedEvents(store, filter),
    );
    const result = analysis.analyse(events, values as Options);
    io.out(
      values.format === "json"
        ? `${JSON.stringify(analysis.json(result), null, 2)}\n`
        : analysis.table(result),
    );
    return EXIT_OK;
  }
  return { name: analysis.name, summary: analysis.summary, usage, run };
}
