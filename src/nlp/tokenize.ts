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
  /**
   * One bit for each phrase index of a knowledge base that has a phrase starting with this word
   * (see PhraseStarts); -1, every bit, until a knowledge base marks the token.
   */
  phraseStarts: number;
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

/** The token for `value` at `start`. */
function tokenOf(value: string, start: number, kind: TokenKind): Token {
  return tokenWith(value, start, kind, kind === "possessive" ? "'s" : foldWord(value), wordCase(value));
}

/** A token with every field given, so that all tokens share one shape. */
function tokenWith(value: string, start: number, kind: TokenKind, fold: string, letterCase: WordCase): Token {
  return { text: value, start, end: start + value.length, fold, case: letterCase, kind, phraseStarts: -1 };
}

// The fold and case of each ASCII character as a punctuation token, worked out once: a full stop
// folds to "" (foldWord drops it), which otherwise takes the slow path at every sentence end.
const ASCII_FOLDS = Array.from({ length: 128 }, (_, code) => foldWord(String.fromCharCode(code)));
const ASCII_CASES = Array.from({ length: 128 }, (_, code) => wordCase(String.fromCharCode(code)));

/** Whether a word is all ASCII digits. */
function isAsciiDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The token of a run of ASCII letters and digits (see plainWordEnd): folding it only lowers its
 * case, and it is a number when it is all digits.
 */
function plainWordToken(value: string, start: number): Token {
  return tokenWith(
    value,
    start,
    isAsciiDigits(value) ? "number" : "word",
    value.toLowerCase(),
    wordCase(value),
  );
}

/** The token of one ASCII punctuation character. */
function punctuationToken(code: number, start: number): Token {
  return tokenWith(
    String.fromCharCode(code),
    start,
    "punct",
    ASCII_FOLDS[code] as string,
    ASCII_CASES[code] as WordCase,
  );
}

/** The token TOKEN matched. */
function tokenOfMatch(match: RegExpExecArray, offset: number): Token {
  let kind: TokenKind = "punct";
  if (match[ABBREVIATION_GROUP] !== undefined) kind = "word";
  else if (match[WORD_GROUP] !== undefined) kind = isNumber(match[0]) ? "number" : "word";
  else if (match[POSSESSIVE_GROUP] !== undefined) kind = "possessive";
  return tokenOf(match[0], offset + match.index, kind);
}

const APOSTROPHE = 39;
const FULL_STOP = 46;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** White space in ASCII as `\s` reads it: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * The end of the run of ASCII letters and digits at `start` when TOKEN would match exactly that
 * run as a word, else -1: when no apostrophe ("Jama'at", "Hamas' "), no other script ("Paktīā")
 * and no abbreviation's full stop ("U.S.") goes on from it.
 */
function plainWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  if (next >= 128 || next === APOSTROPHE || (next === FULL_STOP && end - start === 1)) return -1;
  return end;
}

/**
 * Splits text into words, numbers, possessive markers and single punctuation characters.
 * Most of a news text is plain ASCII words, spaces and punctuation: those are read from the
 * character codes, and TOKEN reads the rest, from the first character that may need it.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isAsciiSpace(code)) {
      at++;
      continue;
    }
    if (isAsciiLetterOrDigit(code)) {
      const end = plainWordEnd(text, at);
      if (end >= 0) {
        tokens.push(plainWordToken(text.slice(at, end), offset + at));
        at = end;
        continue;
      }
    } else if (code < 128 && code !== APOSTROPHE) {
      tokens.push(punctuationToken(code, offset + at));
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text);
    if (match === null) break;
    tokens.push(tokenOfMatch(match, offset));
    at = TOKEN.lastIndex;
  }
  return tokens;
}
