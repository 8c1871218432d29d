const APOSTROPHE = 39;
const FULL_STOP = 46;
const BACKTICK = 96;

/**
 * Whether a word is ASCII without an apostrophe, backtick or full stop, read from its character
 * codes: folding such a word only lowers its case. Punctuation ("," "-") is such a word too.
 */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || code === APOSTROPHE || code === FULL_STOP || code === BACKTICK) return false;
  }
  return true;
}

/**
 * Folding makes two spellings of one word compare equal: lower case, accents removed,
 * curly quotes plain, apostrophes and full stops inside the word dropped
 * ("Paktīā" → "paktia", "U.S." → "us", "Jama'at" → "jamaat").
 */
export function foldWord(word: string): string {
  // Most words and punctuation are plain ASCII: lower case is all their folding needs.
  if (isPlainAscii(word)) return word.toLowerCase();
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`ʼ.]/g, "");
}

/** The case a word is written in, which a knowledge-base name may require of the text. */
export type WordCase = "upper" | "mixed" | "capital" | "lower";

/** wordCase for a word written in ASCII, from its character codes; null for any other word. */
function asciiWordCase(word: string): WordCase | null {
  let letters = 0;
  let lowerLetters = 0;
  let firstIsUpper = false;
  let laterUpper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return null;
    const isUpper = code >= 65 && code <= 90;
    const isLower = code >= 97 && code <= 122;
    if (!isUpper && !isLower) continue;
    if (letters === 0) firstIsUpper = isUpper;
    else if (isUpper) laterUpper = true;
    letters++;
    if (isLower) lowerLetters++;
  }
  if (letters === 0) return "lower";
  if (letters >= 2 && lowerLetters === 0) return "upper";
  if (laterUpper) return "mixed";
  return firstIsUpper ? "capital" : "lower";
}

export function wordCase(word: string): WordCase {
  // Most words are ASCII: their case is read without building the string of their letters.
  const ascii = asciiWordCase(word);
  if (ascii !== null) return ascii;
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return "lower";
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return "upper";
  const first = letters[0] ?? "";
  // "LeT", "JeM", "McChrystal": a capital after the first letter.
  if (letters.slice(1) !== letters.slice(1).toLowerCase()) return "mixed";
  return first !== first.toLowerCase() ? "capital" : "lower";
}

/** Whether a word written in `actual` case satisfies a name written in `required` case. */
export function caseSatisfies(required: WordCase, actual: WordCase): boolean {
  if (required === "lower") return true;
  if (required === "capital") return actual !== "lower";
  if (required === "mixed") return actual === "mixed" || actual === "upper";
  return actual === "upper";
}
