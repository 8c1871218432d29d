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
const TOKEN =
  /(?<abbr>(?:\p{L}\.){2,})|(?<word>[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}]+)*)|(?<possessive>['’][sS](?![\p{L}\p{M}])|(?<=[sS])['’](?=\s+\p{L}))|(?<punct>[^\s])/gu;

/** Splits text into words, numbers, possessive markers and single punctuation characters. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(TOKEN, text)) {
    const value = match[0];
    const start = offset + (match.index ?? 0);
    const groups = match.groups ?? {};
    let kind: TokenKind = "punct";
    if (groups.abbr !== undefined) kind = "word";
    else if (groups.word !== undefined) kind = /^\p{N}+$/u.test(value) ? "number" : "word";
    else if (groups.possessive !== undefined) kind = "possessive";
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
