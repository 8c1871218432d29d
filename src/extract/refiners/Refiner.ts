import type { SourceDocument } from "../../core/SourceDocument.ts";
import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import type { EventCandidate } from "../EventCandidate.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";

/** What every refiner may read: the knowledge base, the document and what the matchers found. */
export interface RefinerContext {
  kb: KnowledgeBase;
  document: SourceDocument;
  /** Facts of every sentence, by sentence index. */
  facts: readonly SentenceFacts[];
}

/** A refiner decides: it fills, corrects, merges or drops the candidates the matchers proposed. */
export interface Refiner {
  id: string;
  refine(context: RefinerContext, candidates: EventCandidate[]): EventCandidate[];
}
