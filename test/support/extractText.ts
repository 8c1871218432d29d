import type { ConflictEvent } from "../../src/core/ConflictEvent.ts";
import { extractCandidates } from "../../src/extract/extractCandidates.ts";
import { parseDocument } from "../../src/ingest/parseDocument.ts";
import { assembleEvents } from "../../src/resolve/assembleEvents.ts";
import { projectKnowledgeBase } from "./knowledgeBase.ts";

/** Runs the whole extractor over a text, as `faultline extract --published DATE` would. */
export function extractText(text: string, published: string, id = "test.txt"): ConflictEvent[] {
  const kb = projectKnowledgeBase();
  const document = { ...parseDocument(id, text, "text"), published };
  return assembleEvents(kb, extractCandidates(kb, document), published).map((a) => a.event);
}
