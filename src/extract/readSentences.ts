import { splitSentences } from "../nlp/splitSentences.ts";
import { tokenize } from "../nlp/tokenize.ts";
import type { Sentence } from "./Sentence.ts";

/** The sentences of a masked text, tokenized with offsets into it (and so into the original). */
export function readSentences(masked: string): Sentence[] {
  return splitSentences(masked).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    tokens: tokenize(masked.slice(span.start, span.end), span.start),
  }));
}
