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

/** One word of a phrase: the phrases that end at it, and the words that may follow it. */
interface PhraseNode<T> {
  entries: PhraseEntry<T>[];
  next: Map<string, PhraseNode<T>> | null;
}

function childOf<T>(node: PhraseNode<T>, fold: string): PhraseNode<T> {
  node.next ??= new Map();
  let child = node.next.get(fold);
  if (!child) {
    child = { entries: [], next: null };
    node.next.set(fold, child);
  }
  return child;
}

/** The values of `entries` whose case the tokens at `positions` satisfy, word by word. */
function satisfiedValues<T>(
  entries: readonly PhraseEntry<T>[],
  tokens: readonly Token[],
  positions: readonly number[],
): T[] {
  const values: T[] = [];
  for (const entry of entries) {
    let satisfied = true;
    for (let k = 0; k < entry.cases.length && satisfied; k++)
      satisfied = caseSatisfies(entry.cases[k] as WordCase, (tokens[positions[k] as number] as Token).case);
    if (satisfied) values.push(entry.value);
  }
  return values;
}

/**
 * Maps multi-word phrases to values and finds the longest phrase starting at a token.
 * Phrases are kept as a tree of folded words, so a search follows the tokens' own folded forms
 * without building keys; each entry keeps the case its phrase was written in.
 * Immutable once built: `PhraseIndex.build` takes every phrase at once.
 */
export class PhraseIndex<T> {
  private constructor(
    /** The phrases by first word; each node's `next` holds the words that continue a phrase. */
    private readonly firstWords: ReadonlyMap<string, PhraseNode<T>>,
    readonly size: number,
  ) {}

  static build<T>(phrases: Iterable<readonly [string, T]>): PhraseIndex<T> {
    const root: PhraseNode<T> = { entries: [], next: new Map() };
    let size = 0;
    for (const [phrase, value] of phrases) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      let node = root;
      for (const word of words) node = childOf(node, word.fold);
      if (node.entries.length === 0) size++;
      // Capitals bind the first word and acronyms only: news writes "Haqqani network" for "Haqqani Network".
      const cases = words.map((w, k): WordCase => (k === 0 || w.case === "upper" ? w.case : "lower"));
      node.entries.push({ value, cases });
    }
    return new PhraseIndex(root.next ?? new Map(), size);
  }

  /** The node of a phrase's words, or undefined when no phrase has them all. */
  private nodeOf(words: readonly Token[]): PhraseNode<T> | undefined {
    let node = this.firstWords.get(words[0]?.fold ?? "");
    for (let k = 1; k < words.length && node; k++) node = node.next?.get((words[k] as Token).fold);
    return node;
  }

  /** Values of a phrase given as text, ignoring case requirements (for look-ups by name). */
  get(phrase: string): readonly T[] {
    return (this.nodeOf(phraseWords(phrase))?.entries ?? []).map((e) => e.value);
  }

  /** The longest phrase that starts at token `start`, with the values whose case the text satisfies. */
  longestAt(tokens: readonly Token[], start: number): PhraseMatch<T> | null {
    const first = tokens[start];
    if (!first || first.kind === "punct") return null;
    let node = this.firstWords.get(first.fold);
    if (!node) return null;
    // The nodes of the phrases of 1, 2, ... words from `start`, longest tried first.
    const positions: number[] = [start];
    const nodes: PhraseNode<T>[] = [node];
    for (let i = start + 1; i < tokens.length && node.next; i++) {
      const token = tokens[i] as Token;
      if (token.kind === "punct") {
        if (isJoiner(tokens, i)) continue;
        break;
      }
      const child = node.next.get(token.fold);
      if (!child) break;
      node = child;
      nodes.push(node);
      positions.push(i);
    }
    for (let length = nodes.length; length >= 1; length--) {
      const { entries } = nodes[length - 1] as PhraseNode<T>;
      if (entries.length === 0) continue;
      const values = satisfiedValues(entries, tokens, positions);
      if (values.length > 0) return { start, end: (positions[length - 1] as number) + 1, values };
    }
    return null;
  }
}
