import { caseSatisfies, type WordCase } from "../core/foldText.ts";
import { type Token, tokenize } from "../nlp/tokenize.ts";

interface PhraseEntry<T> {
  value: T;
  /** The case each word must have in the text: the first word's case, and capitals for acronyms. */
  cases: WordCase[];
}

/** A match of a phrase at a token position: `end` is the index after the phrase's last token. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  values: T[];
}

// Hyphens, slashes and dashes written tight between two words join them: "al-Qaeda", "AFC/M23".
const JOINERS = new Set(["-", "‐", "–", "/"]);

function isJoiner(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    token !== undefined &&
    token.kind === "punct" &&
    JOINERS.has(token.text) &&
    before !== undefined &&
    after !== undefined &&
    before.end === token.start &&
    token.end === after.start
  );
}

/** The words of a phrase as the index keys them: punctuation dropped, possessives kept. */
export function phraseWords(phrase: string): Token[] {
  return tokenize(phrase).filter((t) => t.kind !== "punct");
}

/**
 * Maps multi-word phrases to values and finds the longest phrase starting at a token.
 * Keys are folded words joined by spaces; each entry keeps the case its phrase was written in.
 * Immutable once built: `PhraseIndex.build` takes every phrase at once.
 */
export class PhraseIndex<T> {
  private constructor(
    private readonly entries: ReadonlyMap<string, readonly PhraseEntry<T>[]>,
    private readonly maxWordsByFirst: ReadonlyMap<string, number>,
    /** Keys that begin a longer phrase: a search stops extending at a key that begins none. */
    private readonly prefixes: ReadonlySet<string>,
  ) {}

  static build<T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> {
    const entries = new Map<string, PhraseEntry<T>[]>();
    const maxWordsByFirst = new Map<string, number>();
    const prefixes = new Set<string>();
    for (const [phrase, value] of phrases) {
      const words = phraseWords(phrase);
      const first = words[0];
      if (!first) continue;
      const key = words.map((w) => w.fold).join(" ");
      const list = entries.get(key) ?? [];
      // Capitals bind the first word and acronyms only: news writes "Haqqani network" for "Haqqani Network".
      const cases = words.map((w, k): WordCase => (k === 0 || w.case === "upper" ? w.case : "lower"));
      list.push({ value, cases });
      entries.set(key, list);
      maxWordsByFirst.set(first.fold, Math.max(maxWordsByFirst.get(first.fold) ?? 0, words.length));
      let prefix = first.fold;
      for (let k = 1; k < words.length; k++) {
        prefixes.add(prefix);
        prefix = `${prefix} ${(words[k] as Token).fold}`;
      }
    }
    return new PhraseIndex(entries, maxWordsByFirst, prefixes);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Values of a phrase given as text, ignoring case requirements (for look-ups by name). */
  get(phrase: string): readonly T[] {
    const key = phraseWords(phrase)
      .map((w) => w.fold)
      .join(" ");
    return (this.entries.get(key) ?? []).map((e) => e.value);
  }

  /** The one-word phrase at `start`, with the values whose case the word satisfies. */
  private matchOne(token: Token, start: number): PhraseMatch<T> | null {
    const found = this.entries.get(token.fold);
    if (!found) return null;
    const values: T[] = [];
    for (const entry of found)
      if (entry.cases.length === 1 && caseSatisfies(entry.cases[0] as WordCase, token.case))
        values.push(entry.value);
    return values.length > 0 ? { start, end: start + 1, values } : null;
  }

  /** The longest phrase that starts at token `start`, with the values whose case the text satisfies. */
  longestAt(tokens: readonly Token[], start: number): PhraseMatch<T> | null {
    const first = tokens[start];
    if (!first || first.kind === "punct") return null;
    const maxWords = this.maxWordsByFirst.get(first.fold);
    if (maxWords === undefined) return null;
    // Most words begin no longer phrase: look up the one-word phrase without building keys.
    if (maxWords === 1 || !this.prefixes.has(first.fold)) return this.matchOne(first, start);
    // The keys of the phrases of 1, 2, ... words from `start`, built once, longest tried first.
    const positions: number[] = [start];
    const keys: string[] = [first.fold];
    for (let i = start + 1; i < tokens.length && positions.length < maxWords; i++) {
      if (!this.prefixes.has(keys[keys.length - 1] as string)) break;
      const token = tokens[i] as Token;
      if (token.kind === "punct") {
        if (isJoiner(tokens, i)) continue;
        break;
      }
      keys.push(`${keys[keys.length - 1]} ${token.fold}`);
      positions.push(i);
    }
    for (let length = keys.length; length >= 1; length--) {
      const found = this.entries.get(keys[length - 1] as string);
      if (!found) continue;
      const values: T[] = [];
      for (const entry of found) {
        let satisfied = true;
        for (let k = 0; k < entry.cases.length && satisfied; k++)
          satisfied = caseSatisfies(
            entry.cases[k] as WordCase,
            (tokens[positions[k] as number] as Token).case,
          );
        if (satisfied) values.push(entry.value);
      }
      if (values.length > 0) return { start, end: (positions[length - 1] as number) + 1, values };
    }
    return null;
  }
}
