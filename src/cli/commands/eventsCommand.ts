import { parseArgs } from "node:util";
import { storedEvents } from "../../analyze/storedEvents.ts";
import type { Actor } from "../../core/actor.ts";
import { csvLine } from "../../export/csvLine.ts";
import { jsonLine } from "../../export/toJsonLines.ts";
import type { StoredEvent } from "../../store/Store.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilterOf } from "./eventFilterOptions.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const FORMATS = ["table", "jsonl", "csv"] as const;
const DEFAULT_LIMIT = 100;

const usage = `Usage: faultline events [options]

Lists stored events, in the order they were stored.

Options:
${EVENT_FILTER_HELP}
  --format table|jsonl|csv table (default): one line per event; jsonl: GUIDELINE.md events with
                           their document; csv: one row per event
  --limit N                at most N events (default ${DEFAULT_LIMIT}; 0 for all)
${STORE_OPTION_HELP}
  -h, --help               show this help

"faultline show EVENT_ID" shows one event with its evidence in its document.
Exit codes: 0 success (also when no event matches), 1 the store failed, 2 wrong usage.
`;

const actorText = (a: Actor | null) => (a ? `${a.name} (${a.country ?? "—"} ${a.kind})` : "—");

function dateText({ event }: StoredEvent): string {
  if (!event.date) return "undated";
  return event.date.start === event.date.end ? event.date.start : `${event.date.start}..${event.date.end}`;
}

function killed({ event }: StoredEvent): string {
  const f = event.fatalities;
  return f ? `${f.qualifier === "at_least" ? "≥" : f.qualifier === "about" ? "~" : ""}${f.count} killed` : "";
}

function tableLine(e: StoredEvent): string {
  const { event } = e;
  const places = event.locations.map((l) => l.name).join(", ");
  return [
    event.id.padEnd(9),
    dateText(e).padEnd(22),
    `${event.type}/${event.mode}${event.negated ? " (denied)" : ""}`.padEnd(28),
    `${actorText(event.source)} → ${actorText(event.target)}`,
    places ? `@ ${places}` : "",
    killed(e),
    `[${event.doc}]`,
  ]
    .filter(Boolean)
    .join("  ");
}

const CSV_COLUMNS = [
  "id",
  "doc",
  "type",
  "mode",
  "negated",
  "date_start",
  "date_end",
  "date_precision",
  "source",
  "source_country",
  "source_kind",
  "target",
  "target_country",
  "target_kind",
  "locations",
  "fatalities",
  "injuries",
  "attribution",
  "in_response_to",
  "evidence",
];

function csvRow({ event }: StoredEvent): string {
  return csvLine([
    event.id,
    event.doc,
    event.type,
    event.mode,
    String(event.negated),
    event.date?.start ?? "",
    event.date?.end ?? "",
    event.date?.precision ?? "",
    event.source?.name ?? "",
    event.source?.country ?? "",
    event.source?.kind ?? "",
    event.target?.name ?? "",
    event.target?.country ?? "",
    event.target?.kind ?? "",
    event.locations.map((l) => `${l.name} (${l.country})`).join("; "),
    event.fatalities ? String(event.fatalities.count) : "",
    event.injuries ? String(event.injuries.count) : "",
    event.attribution?.name ?? "",
    event.in_response_to.join(" "),
    event.evidence.map((s) => s.text).join(" … "),
  ]);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...EVENT_FILTER_OPTIONS,
      format: { type: "string", default: "table" },
      limit: { type: "string", default: String(DEFAULT_LIMIT) },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const format = formatOption(values.format, FORMATS);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit expects a whole number, found "${values.limit}"`);
  const filter = eventFilterOf(values);
  return withStore(values.db, async (store) => {
    let shown = 0;
    if (format === "csv") io.out(csvLine(CSV_COLUMNS));
    for await (const e of storedEvents(store, filter, limit === 0 ? undefined : limit)) {
      shown++;
      if (format === "table") io.out(`${tableLine(e)}\n`);
      else if (format === "jsonl") io.out(jsonLine(e));
      else io.out(csvRow(e));
    }
    if (format === "table") {
      if (shown === 0) io.out("no events match\n");
      else if (shown === limit) io.err(`faultline events: showing the first ${limit}; --limit 0 shows all\n`);
    }
    return EXIT_OK;
  });
}

export const eventsCommand: Command = {
  name: "events",
  summary: "list stored events, filtered by actor, type, dates, place or country",
  usage,
  run,
};
