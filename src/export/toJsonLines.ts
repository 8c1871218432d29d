import type { ConflictEvent } from "../core/ConflictEvent.ts";
import type { ExportedDocument, ExportedEvent } from "./ExportedEvent.ts";

/** One line: the event's GUIDELINE.md §8 fields, then `document`. */
export type EventJsonLine = ConflictEvent & { document: ExportedDocument };

/**
 * One event as one JSON line ending in LF: exactly the fields of GUIDELINE.md §8, in its order,
 * and the document's metadata under `document`. Fields are copied by name, so nothing else a caller
 * may have attached to the objects leaks into the export. Line breaks inside strings are escaped
 * by JSON, so one event is always one line.
 */
export function jsonLine({ event, document }: ExportedEvent): string {
  const line: EventJsonLine = {
    id: event.id,
    doc: event.doc,
    type: event.type,
    mode: event.mode,
    source: event.source,
    target: event.target,
    date: event.date,
    locations: event.locations,
    fatalities: event.fatalities,
    injuries: event.injuries,
    attribution: event.attribution,
    negated: event.negated,
    in_response_to: event.in_response_to,
    evidence: event.evidence,
    document: {
      id: document.id,
      title: document.title,
      url: document.url,
      source: document.source,
      published: document.published,
    },
  };
  return `${JSON.stringify(line)}\n`;
}

/** The events as JSON Lines: one event per line, each line ending in LF; no events give "". */
export function toJsonLines(events: Iterable<ExportedEvent>): string {
  let text = "";
  for (const e of events) text += jsonLine(e);
  return text;
}
