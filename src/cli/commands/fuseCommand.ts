import { parseArgs } from "node:util";
import { refuseAll } from "../../analyze/fuseEvents.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline fuse [options]

Fuses every stored report again, document by document in the order they were stored: reports of
different documents that tell of the same real-world event (same type, compatible actors, the same
day give or take one, the same or a nearby place, similar wording) become one fused event.
"faultline ingest" fuses new documents as it stores them; run this after the rules change. The
splits users made are kept.

Options:
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const { joined, alone } = await withStore(values.db, refuseAll);
  io.out(
    `${joined + alone} reports: ${joined} joined another report's event, ${alone} stand alone or first\n`,
  );
  return EXIT_OK;
}

export const fuseCommand: Command = {
  name: "fuse",
  summary: "fuse reports of the same event across documents again",
  usage,
  run,
};
