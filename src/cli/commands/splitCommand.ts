import { parseArgs } from "node:util";
import { splitReport } from "../../analyze/fuseEvents.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline split [options] EVENT_ID

Takes a report out of the fused event it was merged into, for good: fusion never joins it with
those reports again, also after new documents are ingested or fusion is rebuilt ("faultline
fuse"). The report may still join another fused event it matches. "faultline show EVENT_ID"
says why reports were merged.

Options:
${STORE_OPTION_HELP}
  -h, --help               show this help

Exit codes: 0 split, 1 no such event, 2 wrong usage.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) throw new UsageError("split needs exactly one EVENT_ID");
  return withStore(values.db, async (store) => {
    const result = await splitReport(store, id);
    if (!result) {
      io.err(`faultline split: no fused event holds "${id}"\n`);
      return EXIT_PROBLEMS;
    }
    if (result.from.length === 0) io.out(`${id} was reported only once: nothing to split\n`);
    else
      io.out(
        `${id} split from ${result.from.join(", ")}${result.now === id ? "" : `; it now joins ${result.now}`}\n`,
      );
    return EXIT_OK;
  });
}

export const splitCommand: Command = {
  name: "split",
  summary: "take a report out of a wrongly fused event, for good",
  usage,
  run,
};
