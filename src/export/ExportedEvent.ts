import type { ConflictEvent } from "../core/ConflictEvent.ts";

/** What the document that stated an event says about itself, as the store keeps it. */
export interface ExportedDocument {
  id: string;
  title: string | null;
  url: string | null;
  /** The outlet's name, e.g. "Dawn". */
  source: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  published: string | null;
}

/** One stored event with its document: the input of every exporter in this folder. */
export interface ExportedEvent {
  /** The event as GUIDELINE.md §8 prints it; `id` is the store's id, e.g. "d12.e3". */
  event: ConflictEvent;
  document: ExportedDocument;
}
