import { parseArgs } from "node:util";
import type { Evidence } from "../../core/ConflictEvent.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { formatEventTable } from "./formatEventTable.ts";
import { highlight } from "./highlight.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline show [options] EVENT_ID

Shows one stored event (ids as "faultline events" lists them, e.g. d3.e2): its fields, the rules
that produced it, the document it came from with its sources, and each evidence span highlighted
in the paragraph around it.

Options:
  --format text|json       text (default) or the event as JSON with its document and rules
${STORE_OPTION_HELP}
  -h, --help               show this help

Exit codes: 0 shown, 1 no such event, 2 wrong usage.
`;

/** The paragraph around a span: from the blank line before it to the blank line after it, at most ~600 characters. */
function context(text: string, span: Evidence, terminal: boolean): string {
  const before = text.lastIndexOf("\n\n", span.start);
  const after = text.indexOf("\n\n", span.end);
  const start = Math.max(before < 0 ? 0 : before + 2, span.start - 300);
  const end = Math.min(after < 0 ? text.length : after, span.end + 300);
  const body = `${text.slice(start, span.start)}${highlight(text.slice(span.start, span.end), terminal)}${text.slice(span.end, end)}`;
  return `${start > 0 ? "…" : ""}${body.replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "text" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) throw new UsageError("show needs exactly one EVENT_ID");
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format expects text or json, found "${values.format}"`);
  return withStore(values.db, async (store) => {
    const stored = await store.event(id);
    if (!stored) {
      io.err(`faultline show: no event "${id}" (ids look like d3.e2; "faultline events" lists them)\n`);
      return EXIT_PROBLEMS;
    }
    if (values.format === "json") {
      io.out(`${JSON.stringify(stored, null, 2)}\n`);
      return EXIT_OK;
    }
    const document = await store.document(stored.documentId);
    io.out(formatEventTable([stored], true));
    if (!document) return EXIT_OK;
    io.out(`\nDocument ${document.id}: ${document.name}${document.title ? ` — ${document.title}` : ""}\n`);
    io.out(`  published ${document.published}${document.publishedInferred ? " (inferred)" : ""}\n`);
    for (const origin of document.originList)
      io.out(`  from ${[origin.source, origin.url, origin.path].filter(Boolean).join(", ")}\n`);
    io.out("\nEvidence:\n");
    for (const span of stored.event.evidence)
      io.out(`  [${span.start}–${span.end}] ${context(document.text, span, io.outIsTerminal === true)}\n`);
    return EXIT_OK;
  });
}

export const showCommand: Command = {
  name: "show",
  summary: "show one stored event with its evidence highlighted in its document",
  usage,
  run,
};
