import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { storedEvents } from "../../analyze/storedEvents.ts";
import { acledCsvHeader, acledCsvRow } from "../../export/toAcledCsv.ts";
import { GEOJSON_TEXT, geoJsonFeatures } from "../../export/toGeoJson.ts";
import { jsonLine } from "../../export/toJsonLines.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilterOf } from "./eventFilterOptions.ts";
import { formatOption } from "./formatOption.ts";
import { STORE_OPTION_HELP, withStore } from "./storeOption.ts";

const FORMATS = ["acled-csv", "geojson", "jsonl"] as const;

const usage = `Usage: faultline export --format acled-csv|geojson|jsonl [options]

Writes the stored events (all, or those the filters select) for other tools:
  acled-csv   ACLED's columns, event_type and sub_event_type mapped as GUIDELINE.md says
  geojson     a FeatureCollection with one point per located place of an event
  jsonl       one GUIDELINE.md event per line, with its document

Options:
  --format F               required: acled-csv, geojson or jsonl
  --output FILE            write to FILE instead of standard output
${EVENT_FILTER_HELP}
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...EVENT_FILTER_OPTIONS,
      format: { type: "string" },
      output: { type: "string" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const format = formatOption(values.format, FORMATS);
  const filter = eventFilterOf(values);
  const file = values.output ? createWriteStream(values.output) : null;
  // Waits when the file's buffer is full, so that a million rows never sit in memory at once.
  const write = async (text: string) => {
    if (!file) io.out(text);
    else if (!file.write(text)) await new Promise<void>((drained) => file.once("drain", () => drained()));
  };
  let count = 0;
  try {
    await withStore(values.db, async (store) => {
      if (format === "acled-csv") await write(acledCsvHeader());
      if (format === "geojson") await write(GEOJSON_TEXT.open);
      let features = 0;
      for await (const e of storedEvents(store, filter)) {
        count++;
        if (format === "acled-csv") await write(acledCsvRow(e));
        else if (format === "jsonl") await write(jsonLine(e));
        else
          for (const feature of geoJsonFeatures(e))
            await write(`${features++ > 0 ? GEOJSON_TEXT.separator : ""}${JSON.stringify(feature)}`);
      }
      if (format === "geojson") await write(GEOJSON_TEXT.close);
    });
  } finally {
    if (file) await new Promise((done) => file.end(done));
  }
  if (values.output) io.err(`faultline export: ${count} events written to ${values.output}\n`);
  return EXIT_OK;
}

export const exportCommand: Command = {
  name: "export",
  summary: "export stored events as ACLED-style CSV, GeoJSON or JSON Lines",
  usage,
  run,
};
