/**
 * Folding makes two spellings of one word compare equal: lower case, accents removed,
 * curly quotes plain, apostrophes and full stops inside the word dropped
 * ("Paktīā" → "paktia", "U.S." → "us", "Jama'at" → "jamaat").
 */
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII: lower case is all their folding needs.
  if (PLAIN_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`ʼ.]/g, "");
}

/** The case a word is written in, which a knowledge-base name may require of the text. */
export type WordCase = "upper" | "mixed" | "capital" | "lower";

export function wordCase(word: string): WordCase {
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
