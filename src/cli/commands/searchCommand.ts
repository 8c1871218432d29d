import { parseArgs } from "node:util";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { formatOption } from "./formatOption.ts";
import { highlightMarks } from "./highlight.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline search [options] "QUERY"

Full-text search over the stored documents and the evidence of their events (every word of the
query must occur; word forms match: "strike" finds "strikes"). Documents first, then evidence,
best matches first, with the matching words marked.

Options:
  --limit N                at most N documents and N evidence spans (default 20)
  --format table|jsonl     table (default) or one JSON object per hit
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      limit: { type: "string", default: "20" },
      format: { type: "string", default: "table" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const query = positionals.join(" ").trim();
  if (!query) throw new UsageError("search needs a QUERY");
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit expects a whole number above 0, found "${values.limit}"`);
  formatOption(values.format, ["table", "jsonl"]);
  const hits = await withStore(values.db, (store) => store.search(query, { limit }));
  if (values.format === "jsonl") {
    for (const hit of hits) io.out(`${JSON.stringify(hit)}\n`);
    return EXIT_OK;
  }
  if (hits.length === 0) io.out(`nothing matches "${query}"\n`);
  for (const hit of hits) {
    const where =
      hit.kind === "document" ? `document ${hit.documentId} ${hit.documentName}` : `event ${hit.eventId}`;
    io.out(`${where}\n  ${highlightMarks(hit.snippet.replace(/\s+/g, " "), io.outIsTerminal === true)}\n`);
  }
  return EXIT_OK;
}

export const searchCommand: Command = {
  name: "search",
  summary: "full-text search over stored documents and evidence",
  usage,
  run,
};
