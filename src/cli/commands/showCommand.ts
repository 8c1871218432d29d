import { parseArgs } from "node:util";
import { contested, formatClaims, fusedEvents } from "../../analyze/fusedEvents.ts";
import type { Evidence } from "../../core/ConflictEvent.ts";
import type { Store, StoredEvent } from "../../store/Store.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { formatEventTable } from "./formatEventTable.ts";
import { formatOption } from "./formatOption.ts";
import { highlight } from "./highlight.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const usage = `Usage: faultline show [options] EVENT_ID

Shows one stored event (ids as "faultline events" lists them, e.g. d3.e2): its fields, the rules
that produced it, the document it came from with its sources, each evidence span highlighted
in the paragraph around it, and the other reports of the same event fused with it: why each was
merged, and the figures each claims, side by side.

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

/** The fused event the report belongs to: every report of it, why each joined, and the figures each claims. */
async function fusionText(store: Store, stored: StoredEvent): Promise<string> {
  const fusedId = stored.fusion?.fusedId ?? stored.event.id;
  const { events: reports } = await store.events({ fusedId, limit: 1000 });
  if (reports.length < 2) return "\nReported only here (no other report fused with it).\n";
  const [fused] = fusedEvents(reports);
  const lines = [`\nFused event ${fusedId}: ${reports.length} reports of the same event`];
  for (const r of reports)
    lines.push(
      `  ${r.event.id === stored.event.id ? "*" : " "} ${r.event.id.padEnd(8)} ${r.document.source ?? r.event.doc}: ${r.fusion?.reason ?? "first report"}`,
    );
  if (fused && fused.fatalities.length > 0)
    lines.push(
      `  killed: ${formatClaims(fused.fatalities)}${contested(fused.fatalities) ? "  (contested)" : ""}`,
    );
  if (fused && fused.injuries.length > 0)
    lines.push(
      `  injured: ${formatClaims(fused.injuries)}${contested(fused.injuries) ? "  (contested)" : ""}`,
    );
  lines.push(`  (faultline split ${stored.event.id} takes this report out of it for good)`);
  return `${lines.join("\n")}\n`;
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
  formatOption(values.format, ["text", "json"]);
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
    if (stored.fusion) io.out(await fusionText(store, stored));
    return EXIT_OK;
  });
}

export const showCommand: Command = {
  name: "show",
  summary: "show one stored event with its evidence highlighted in its document",
  usage,
  run,
};
