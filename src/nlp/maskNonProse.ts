import { allMatches } from "../core/allMatches.ts";

/**
 * Blanks out what is not prose, keeping every other character where it was, so that offsets into
 * the masked text are offsets into the original: front matter, datelines, Markdown link targets and brackets,
 * emphasis markers, heading marks, bullets, photo-credit lines, comment-form boilerplate, separator
 * lines, and the second copy of a repeated paragraph (captions are often printed twice).
 */
export function maskNonProse(
  text: string,
  frontMatter: { start: number; end: number } | null = null,
): string {
  // 1 where a character is blanked; line breaks stay whatever they are marked.
  const blanked = new Uint8Array(text.length);
  const blank = (start: number, end: number) => {
    blanked.fill(1, start, end);
  };
  const blankAll = (pattern: RegExp, group?: (m: RegExpExecArray) => Array<[number, number]>) => {
    for (const match of allMatches(pattern, text)) {
      const index = match.index;
      if (group) for (const [s, e] of group(match)) blank(s, e);
      else blank(index, index + match[0].length);
    }
  };

  if (frontMatter) blank(frontMatter.start, frontMatter.end);
  // [text](target): keep the text, blank the brackets and the target.
  blankAll(/\[([^\]\n]{1,400})\]\(([^)\s]*)\)/g, (m) => {
    const start = m.index ?? 0;
    const textEnd = start + 1 + (m[1]?.length ?? 0);
    return [
      [start, start + 1],
      [textEnd, start + m[0].length],
    ];
  });
  // *emphasis*, **strong**, _emphasis_: blank the markers.
  blankAll(/(?<![\w*])(\*{1,3}|_{1,2})(?=[^\s*_])([^*_\n]{1,400}?)(?<=[^\s*_])\1(?![\w*])/g, (m) => {
    const start = m.index ?? 0;
    const marker = m[1]?.length ?? 0;
    const end = start + m[0].length;
    return [
      [start, start + marker],
      [end - marker, end],
    ];
  });
  // A dateline before the story: "PESHAWAR:", "PORT SUDAN, SUDAN, May 6, 2025 -", "DAMASCUS/PARIS —",
  // "KABUL, Oct 12 —", "GENEVA, 16 October —",
  // also after an agency credit that closes with a bracket ("MENAFN - Jordan Times) KABUL, ...").
  blankAll(
    /^[ \t]*(?:[A-Z][^\n()]{1,40}\)[ \t]+)?[A-Z][A-Z.'’/ -]{2,}[A-Z.](?:,[ \t]*[A-Z][A-Z.'’ -]{2,}[A-Z.])*(?:,[ \t]*(?:[A-Z][a-z]{2,9}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,9})(?:,? \d{4})?)?[ \t]*[:–—-][ \t]+/gm,
  );
  // A mixed-case dateline with its agency: "Jammu/Srinagar, May 7 (PTI)".
  blankAll(
    /^[ \t]*[A-Z][a-z]+(?:[/ -][A-Z][a-z]+)*, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z]{2,8}\)[ \t:–—-]*/gm,
  );
  blankAll(/^[ \t]*#{1,6}(?=[ \t])/gm);
  blankAll(/^[ \t]*[-*•·▪◦‣][ \t]+/gm);
  blankAll(/^[ \t]*([.*_=~-][ \t]*){3,}$/gm);
  // "| Photo Credit:" and the credit on the line after it.
  blankAll(/[ \t]*\|?[ \t]*Photo Credit:?[^\n]*(\n[ \t]*[^\n]{0,40}(?=\n|$))?/gi);
  blankAll(
    /^[ \t]*(Leave a (Reply|Comment)|Your email address will not be published|Required fields are marked|Share this:?|ADVERTISEMENT|Advertisement|Also read:?|Subscribe)\b[^\n]*$/gm,
  );
  blankRepeatedParagraphs(text, blank);
  return withBlanks(text, blanked);
}

/** The text with a space for every blanked character but a line break. */
function withBlanks(text: string, blanked: Uint8Array): string {
  let masked = "";
  for (let start = 0; start < text.length; ) {
    const isBlank = blanked[start];
    let end = start + 1;
    while (end < text.length && blanked[end] === isBlank) end++;
    const run = text.slice(start, end);
    masked += isBlank ? run.replace(/[^\n]/g, " ") : run;
    start = end;
  }
  return masked;
}

// Spacing that collapsing to single spaces would change: a run of two, or another kind of space.
const COLLAPSIBLE_SPACE = /\s\s|[^\S ]/;

/** Lines of 40 or more characters printed a second time (captions) are blanked the second time. */
function blankRepeatedParagraphs(text: string, blank: (start: number, end: number) => void) {
  const seen = new Set<string>();
  for (const m of allMatches(/[^\n]+/g, text)) {
    // Collapsing spaces only shortens a line: a short one needs no key.
    if (m[0].length < 40) continue;
    const key = (COLLAPSIBLE_SPACE.test(m[0]) ? m[0].replace(/\s+/g, " ") : m[0]).trim();
    if (key.length < 40) continue;
    const start = m.index ?? 0;
    if (seen.has(key)) blank(start, start + m[0].length);
    else seen.add(key);
  }
}
