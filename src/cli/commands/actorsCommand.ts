import { parseArgs } from "node:util";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline actors [options]

Lists the actors of the stored events, most active first: key (what "events --actor" takes),
kind, country, how often each is source, target, or the party a claim is attributed to, and the
names the documents use for it.

Options:
  --format table|jsonl     table (default) or one JSON object per actor
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
  formatOption(values.format, ["table", "jsonl"]);
  const actors = await withStore(values.db, (store) => store.actors());
  if (values.format === "jsonl") {
    for (const actor of actors) io.out(`${JSON.stringify(actor)}\n`);
    return EXIT_OK;
  }
  if (actors.length === 0) {
    io.out("no actors: the store holds no events yet (faultline ingest PATH)\n");
    return EXIT_OK;
  }
  const width = Math.min(32, Math.max(...actors.map((a) => a.key.length)));
  io.out(`${"KEY".padEnd(width)}  KIND       COUNTRY  SOURCE  TARGET  CLAIMS  NAMES\n`);
  for (const a of actors)
    io.out(
      `${a.key.padEnd(width)}  ${a.kind.padEnd(9)}  ${(a.country ?? "—").padEnd(7)}  ${String(a.asSource).padStart(6)}  ${String(a.asTarget).padStart(6)}  ${String(a.asAttribution).padStart(6)}  ${a.names.slice(0, 4).join("; ")}\n`,
    );
  return EXIT_OK;
}

export const actorsCommand: Command = {
  name: "actors",
  summary: "list the actors of stored events with their names and counts",
  usage,
  run,
};
