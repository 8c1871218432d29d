import { parseArgs } from "node:util";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline docs [options]

Lists the stored documents by publication date: id, date ("~" when inferred), events, how many
places the story was found at, name and title.

Options:
  --format table|jsonl     table (default) or one JSON object per document
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
  const documents = await withStore(values.db, (store) => store.documents());
  if (values.format === "jsonl") {
    for (const d of documents) io.out(`${JSON.stringify(d)}\n`);
    return EXIT_OK;
  }
  if (documents.length === 0) {
    io.out("no documents yet (faultline ingest PATH)\n");
    return EXIT_OK;
  }
  io.out("   ID  PUBLISHED    EVENTS  SOURCES  NAME / TITLE\n");
  for (const d of documents)
    io.out(
      `${String(d.id).padStart(5)}  ${d.published}${d.publishedInferred ? "~" : " "}  ${String(d.eventCount).padStart(6)}  ${String(d.origins).padStart(7)}  ${d.name}${d.title ? ` — ${d.title}` : ""}\n`,
    );
  return EXIT_OK;
}

export const docsCommand: Command = {
  name: "docs",
  summary: "list stored documents",
  usage,
  run,
};
