import { parseArgs } from "node:util";
import type { ConflictEvent } from "../../core/ConflictEvent.ts";
import { isIsoDate } from "../../core/isoDate.ts";
import { extractCandidates } from "../../extract/extractCandidates.ts";
import { DocumentError } from "../../ingest/DocumentError.ts";
import { readDocumentFile } from "../../ingest/readDocumentFile.ts";
import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../knowledge/loadKnowledgeBase.ts";
import { type AssembledEvent, assembleEvents } from "../../resolve/assembleEvents.ts";
import { inferPublishedDate } from "../../resolve/inferPublishedDate.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { today } from "../today.ts";
import { UsageError } from "../UsageError.ts";
import { formatEventTable } from "./formatEventTable.ts";
import { formatOption } from "./formatOption.ts";

const FORMATS = ["jsonl", "json", "table"] as const;

const usage = `Usage: faultline extract [options] FILE...

Extracts events from .txt, .md (YAML front matter: title, published, url, source) and .html files
and prints them as GUIDELINE.md §8 defines them, with "doc" set to each file's base name.

Options:
  --published YYYY-MM-DD   publication date, the reference for "on Friday" or "last year";
                           overrides front matter. Without either, it is inferred from the text
                           (a "Published" line, a dateline, the latest full date) and a note says so.
  --format jsonl|json|table  jsonl (default): one event per line; json: one array; table: for reading
  --explain                add, per event, the rule ids that fired and the mentions they used
  -h, --help               show this help

Exit codes: 0 all files read, 1 some file could not be read (the others are still printed), 2 wrong usage.
`;

function withExplanation(assembled: AssembledEvent): ConflictEvent & { explain: object } {
  return { ...assembled.event, explain: { rules: assembled.rules, mentions: assembled.mentions } };
}

function extractFile(
  kb: KnowledgeBase,
  path: string,
  published: string | undefined,
  io: CliIo,
): AssembledEvent[] {
  const document = readDocumentFile(path);
  let reference = published ?? document.published;
  if (!reference) {
    const inferred = inferPublishedDate(document.text);
    reference = inferred?.date ?? today();
    io.err(
      `faultline extract: ${path}: no publication date; ${inferred ? `inferred ${reference} from the ${inferred.from.replace("-", " ")}` : `using today, ${reference}`} (set one with --published)\n`,
    );
  }
  return assembleEvents(kb, extractCandidates(kb, { ...document, published: reference }), reference);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      published: { type: "string" },
      format: { type: "string", default: "jsonl" },
      explain: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const format = formatOption(values.format, FORMATS);
  if (values.published !== undefined && !isIsoDate(values.published))
    throw new UsageError(`--published expects YYYY-MM-DD, found "${values.published}"`);
  if (positionals.length === 0) throw new UsageError("extract needs at least one FILE");

  const kb = loadKnowledgeBase();
  const all: AssembledEvent[] = [];
  let failed = 0;
  for (const path of positionals) {
    try {
      const events = extractFile(kb, path, values.published, io);
      if (format === "jsonl")
        for (const e of events) io.out(`${JSON.stringify(values.explain ? withExplanation(e) : e.event)}\n`);
      all.push(...events);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      failed++;
      io.err(`faultline extract: ${error.message}\n`);
    }
  }
  if (format === "json")
    io.out(
      `${JSON.stringify(
        all.map((e) => (values.explain ? withExplanation(e) : e.event)),
        null,
        2,
      )}\n`,
    );
  if (format === "table") io.out(formatEventTable(all, values.explain));
  return failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

export const extractCommand: Command = {
  name: "extract",
  summary: "extract evidence-linked events from documents",
  usage,
  run,
};
