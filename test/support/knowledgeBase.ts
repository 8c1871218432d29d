import type { KnowledgeBase } from "../../src/knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../src/knowledge/loadKnowledgeBase.ts";

let shared: KnowledgeBase | null = null;

/** The project's knowledge base, loaded once per test process (it is immutable). */
export function projectKnowledgeBase(): KnowledgeBase {
  shared ??= loadKnowledgeBase();
  return shared;
}
