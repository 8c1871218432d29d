import type { Token } from "../nlp/tokenize.ts";

/** Verbs that give a phrase its name in "what X called ...": the phrase named is the real object. */
const NAMING_VERBS = new Set([
  "called",
  "calls",
  "termed",
  "terms",
  "dubbed",
  "labelled",
  "labeled",
  "branded",
]);
/** Verbs that name only with "as": "what officials described as a massacre". */
const NAMING_AS_VERBS = new Set(["described", "describes", "characterised", "characterized"]);
/** How many words may stand between "what" and its naming verb ("what Pakistani officials called"). */
const NAMER_REACH = 5;
const SKIPPED = new Set(["a", "an", "the", '"', "“", "‘", "'"]);

/**
 * For "what X called a 'pre-planned attack'" starting at token `at`: the index of the first word of
 * the phrase named ("pre-planned"), past the article and quotation mark; else null.
 */
export function namedPhraseStart(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]?.fold !== "what") return null;
  for (let k = at + 2; k <= at + NAMER_REACH + 1 && k < tokens.length; k++) {
    const fold = tokens[k]?.fold ?? "";
    let start = NAMING_VERBS.has(fold)
      ? k + 1
      : NAMING_AS_VERBS.has(fold) && tokens[k + 1]?.fold === "as"
        ? k + 2
        : null;
    if (start === null) continue;
    while (SKIPPED.has(tokens[start]?.fold ?? "")) start++;
    return start;
  }
  return null;
}

/** How far before a phrase its "what X called" may open. */
const PHRASE_REACH = 8;

/**
 * The index of the "what" of a naming wrapper whose phrase holds token `at` ("carried out what
 * officials called a 'pre-planned attack'": the "what" before "attack"); else null.
 */
export function namingWrapperBefore(tokens: readonly Token[], at: number): number | null {
  for (let k = at - 1; k >= 0 && k >= at - PHRASE_REACH - NAMER_REACH; k--) {
    if (tokens[k]?.fold !== "what") continue;
    const start = namedPhraseStart(tokens, k);
    return start !== null && start <= at && at - start <= PHRASE_REACH ? k : null;
  }
  return null;
}
