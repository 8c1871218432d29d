import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { splitSentences } from "../nlp/splitSentences.ts";
import { tokenize } from "../nlp/tokenize.ts";
import type { Sentence } from "./Sentence.ts";

/**
 * The sentences of a masked text, tokenized with offsets into it (and so into the original), the
 * tokens marked with the knowledge base's phrase starts.
 */
export function readSentences(kb: KnowledgeBase, masked: string): Sentence[] {
  return splitSentences(masked).map((span, index) => {
    const tokens = tokenize(masked.slice(span.start, span.end), span.start);
    kb.phraseStarts.mark(tokens);
    return { index, start: span.start, end: span.end, tokens };
  });
}
