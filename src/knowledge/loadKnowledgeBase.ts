import { compileKnowledgeBase } from "./compileKnowledgeBase.ts";
import type { KnowledgeBase } from "./KnowledgeBase.ts";
import { KnowledgeError, type KnowledgeProblem } from "./KnowledgeProblem.ts";
import {
  DEFAULT_GAZETTEER_FILE,
  DEFAULT_KNOWLEDGE_DIR,
  readKnowledgeSources,
} from "./readKnowledgeSources.ts";

export interface KnowledgeLocation {
  knowledgeDir?: string;
  gazetteerFile?: string;
}

/** Reads, validates and compiles the knowledge base, listing every problem instead of stopping at the first. */
export function checkKnowledgeBase(location: KnowledgeLocation = {}): {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
} {
  const { sources, problems } = readKnowledgeSources(
    location.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR,
    location.gazetteerFile ?? DEFAULT_GAZETTEER_FILE,
  );
  const compiled = compileKnowledgeBase(sources);
  return { kb: compiled.kb, problems: [...problems, ...compiled.problems] };
}

/** Loads the knowledge base, failing fast with a KnowledgeError when any file is invalid. */
export function loadKnowledgeBase(location: KnowledgeLocation = {}): KnowledgeBase {
  const { kb, problems } = checkKnowledgeBase(location);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return kb;
}
