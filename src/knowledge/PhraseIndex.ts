import { caseSatisfies, type WordCase } from "../core/foldText.ts";
import { type Token, tokenize } from "../nlp/tokenize.ts";
import type { PhraseStarts } from "./PhraseStarts.ts";

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

/** The node of the word `fold` after `node`, added when no phrase had it there yet. */
function childOf<T>(node: PhraseNode<T>, fold: string): PhraseNode<T> {
  node.next ??= new Map();
  let child = node.next.get(fold);
  if (!child) {
    child = { entries: [], next: null };
    node.next.set(fold, child);
  }
  return child;
}

/** The index of the word after token i, past tight joiners ("al-Qaeda"), or -1 when a phrase cannot go on. */
function nextWordAt(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).kind !== "punct") return k;
    if (!isJoiner(tokens, k)) return -1;
  }
  return -1;
}

/** The values of `entries` whose case the words from token `start` on satisfy, word by word. */
function satisfiedValues<T>(
  entries: readonly PhraseEntry<T>[],
  tokens: readonly Token[],
  start: number,
): T[] {
  const values: T[] = [];
  for (const entry of entries) {
    let satisfied = true;
    for (let k = 0, at = start; k < entry.cases.length && satisfied; k++, at = nextWordAt(tokens, at))
      satisfied = caseSatisfies(entry.cases[k] as WordCase, (tokens[at] as Token).case);
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
    /** The index's bit in the tokens' `phraseStarts`, or 0 when it has none (it looks every token up). */
    private readonly startBit: number,
  ) {}

  /** Builds the index; with `starts`, it takes a bit there, so that marked tokens skip the look-up. */
  static build<T>(phrases: Iterable<readonly [string, T]>, starts?: PhraseStarts): PhraseIndex<T> {
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
    const firstWords = root.next ?? new Map<string, PhraseNode<T>>();
    return new PhraseIndex(firstWords, size, starts?.add(firstWords.keys()) ?? 0);
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
    // Most tokens start no phrase of the index: their marks say so without a look-up.
    if (this.startBit !== 0 && (first.phraseStarts & this.startBit) === 0) return null;
    const node = this.firstWords.get(first.fold);
    return node ? longestFrom(node, tokens, start, start) : null;
  }
}

/**
 * The longest phrase from token `start` that goes through `node`, whose word is token `at`: a
 * longer one through the next word first, else the phrases that end at `node`.
 */
function longestFrom<T>(
  node: PhraseNode<T>,
  tokens: readonly Token[],
  start: number,
  at: number,
): PhraseMatch<T> | null {
  const next = node.next ? nextWordAt(tokens, at) : -1;
  const child = next >= 0 ? node.next?.get((tokens[next] as Token).fold) : undefined;
  const longer = child ? longestFrom(child, tokens, start, next) : null;
  if (longer || node.entries.length === 0) return longer;
  const values = satisfiedValues(node.entries, tokens, start);
  return values.length > 0 ? { start, end: at + 1, values } : null;
}
