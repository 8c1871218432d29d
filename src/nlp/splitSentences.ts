import { allMatches } from "../core/allMatches.ts";

/** A sentence as a character range [start, end) of the document's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr gen lt col maj capt cpt sgt cpl pvt adm brig st mt no nos jan feb mar apr jun jul aug sep sept " +
    "oct nov dec inc ltd co corp jr sr prof sen rep gov rev hon vs approx est fig vol dept govt univ"
  ).split(" "),
);

const CLOSERS = "\"'”’)]»";

/** Whether the character at `i` is a letter or a full stop; an ASCII one is read from its code. */
function isLetterOrFullStop(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 128) return /[\p{L}.]/u.test(text[i] as string);
  const lower = code | 32;
  return code === 46 || (lower >= 97 && lower <= 122);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isLetterOrFullStop(text, i - 1)) i--;
  const word = text.slice(i, dot);
  if (word.includes(".")) return true; // "U.S.", "a.m."
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "S. Jaishankar"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether a line looks like a heading, a dateline or a caption that ends without punctuation. */
function endsBlock(line: string, next: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return true;
  if (/[.!?:;]["'”’)\]]*$/.test(trimmed)) return true;
  const nextTrimmed = next.trimStart();
  return /^[\p{Lu}\p{N}"“‘(]/u.test(nextTrimmed) && trimmed.length < 120;
}

/**
 * Splits (masked) text into sentences: at sentence-final punctuation followed by a capitalised
 * word, at blank lines, and at line breaks after a line that reads as complete (a heading, a
 * dateline). A line break inside a sentence, before a lower-case word, does not split it.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [0];
  const lines = allMatches(/[^\n]*(\n|$)/g, text);
  for (const [k, m] of lines.entries()) {
    const lineStart = m.index ?? 0;
    const line = m[0].replace(/\n$/, "");
    const next = lines[k + 1]?.[0] ?? "";
    for (const p of allMatches(/[.!?…]+/g, line)) {
      const at = lineStart + (p.index ?? 0);
      let after = at + p[0].length;
      while (after < text.length && CLOSERS.includes(text[after] ?? "")) after++;
      const rest = text.slice(after, after + 3);
      if (!/^[ \t]+["“‘([]?[\p{Lu}\p{N}]/u.test(rest)) continue;
      if (p[0] === "." && endsWithAbbreviation(text, at)) continue;
      cuts.push(after);
    }
    if (m[1] === "\n" && endsBlock(line, next)) cuts.push(lineStart + line.length + 1);
  }
  cuts.push(text.length);

  const sentences: SentenceSpan[] = [];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i++) {
    let start = sorted[i] as number;
    let end = sorted[i + 1] as number;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}
