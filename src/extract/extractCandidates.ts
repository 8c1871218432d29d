import type { SourceDocument } from "../core/SourceDocument.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { maskNonProse } from "../nlp/maskNonProse.ts";
import type { EventCandidate } from "./EventCandidate.ts";
import { newAnaphoraMemory } from "./findAnaphors.ts";
import { REFINERS } from "./pipeline.ts";
import { proposeEvents } from "./proposeEvents.ts";
import { readSentenceFacts } from "./readSentenceFacts.ts";
import { readSentences } from "./readSentences.ts";
import type { SentenceFacts } from "./SentenceFacts.ts";

export interface DocumentExtraction {
  document: SourceDocument;
  /** The text with non-prose blanked; same length and offsets as the document's text. */
  masked: string;
  facts: SentenceFacts[];
  candidates: EventCandidate[];
}

/** Finds the event candidates of a document: matchers over each sentence, then the refiners in order. */
export function extractCandidates(kb: KnowledgeBase, document: SourceDocument): DocumentExtraction {
  const masked = maskNonProse(document.text, document.frontMatter);
  const peopleBySurname = new Map();
  const anaphora = newAnaphoraMemory();
  const facts = readSentences(kb, masked).map((sentence) =>
    readSentenceFacts(kb, masked, sentence, peopleBySurname, anaphora),
  );
  let candidates = facts.flatMap((f) => proposeEvents(kb, f));
  const context = { kb, document, facts };
  for (const refiner of REFINERS) candidates = refiner.refine(context, candidates);
  return { document, masked, facts, candidates };
}
