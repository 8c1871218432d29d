import type { Token } from "../nlp/tokenize.ts";

/** A sentence of a document: its character range and its tokens (from the masked text). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}
