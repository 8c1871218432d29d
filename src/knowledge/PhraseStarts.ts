import type { Token } from "../nlp/tokenize.ts";

/** Bits to give out: 30 keep a token's marks a small integer (V8 keeps up to 2^30 - 1 unboxed). */
const MAX_INDEXES = 30;

/**
 * The first words of a knowledge base's phrase indexes, one bit per index. A sentence's tokens
 * are marked once with the bits of the indexes that have a phrase starting with their word
 * (`mark`); an index then rules out most tokens with one bit test instead of a look-up (see
 * PhraseIndex.longestAt). Marks belong to one knowledge base: tokens it marked are for its indexes.
 */
export class PhraseStarts {
  private readonly bitsByWord = new Map<string, number>();
  private indexes = 0;

  /** The bit of an index with these first words (folded), or 0 when every bit is taken. */
  add(firstWords: Iterable<string>): number {
    if (this.indexes === MAX_INDEXES) return 0;
    const bit = 1 << this.indexes++;
    for (const word of firstWords) this.bitsByWord.set(word, (this.bitsByWord.get(word) ?? 0) | bit);
    return bit;
  }

  /**
   * Sets each token's `phraseStarts` to the bits of the indexes that have a phrase starting with
   * its word; punctuation starts none (phrases are keyed by their words).
   */
  mark(tokens: readonly Token[]): void {
    for (const token of tokens)
      token.phraseStarts = token.kind === "punct" ? 0 : (this.bitsByWord.get(token.fold) ?? 0);
  }
}
