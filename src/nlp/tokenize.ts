import { allMatches } from "../core/allMatches.ts";
import { foldWord, type WordCase, wordCase } from "../core/foldText.ts";

export type TokenKind = "word" | "number" | "possessive" | "punct";

/** One token of a text, with its offsets into that text (UTF-16, as JavaScript indexes strings). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The folded form used for look-ups (see foldWord). */
  fold: string;
  case: WordCase;
  kind: TokenKind;
}

// Order matters: abbreviations with inner full stops ("U.S.") before plain words, and the
// possessive "'s" split off its word so that "Pakistan's army" has "Pakistan" as a token; an
// apostrophe after a plural or a name in -s ("Hamas' attack", "the militants' base") is one too.
// Anything else is one character of punctuation. The groups are numbered, not named: a named
// group costs an object for every token.
const TOKEN =
  /((?:\p{L}\.){2,})|([\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}]+)*)|(['’][sS](?![\p{L}\p{M}])|(?<=[sS])['’](?=\s+\p{L}))|[^\s]/gu;
const ABBREVIATION_GROUP = 1;
const WORD_GROUP = 2;
const POSSESSIVE_GROUP = 3;

/** Whether a word is all digits; one that starts with an ASCII letter, as most do, is spared the Unicode test. */
function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  const startsWithAsciiLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return !startsWithAsciiLetter && /^\p{N}+$/u.test(word);
}

/** Splits text into words, numbers, possessive markers and single punctuation characters. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(TOKEN, text)) {
    const value = match[0];
    const start = offset + match.index;
    let kind: TokenKind = "punct";
    if (match[ABBREVIATION_GROUP] !== undefined) kind = "word";
    else if (match[WORD_GROUP] !== undefined) kind = isNumber(value) ? "number" : "word";
    else if (match[POSSESSIVE_GROUP] !== undefined) kind = "possessive";
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      fold: kind === "possessive" ? "'s" : foldWord(value),
      case: wordCase(value),
      kind,
    });
  }
  return tokens;
}
