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

  if (frontMatter) blanked.fill(1, frontMatter.start, frontMatter.end);
  // Most texts have no link, emphasis, agency credit or heading: a character each of these cannot
  // do without is looked for first, which is quicker than the pattern.
  // [text](target): keep the text, blank the brackets and the target.
  if (text.includes("]("))
    blankMatches(text, blanked, /\[([^\]\n]{1,400})\]\(([^)\s]*)\)/g, (m) => {
      const start = m.index ?? 0;
      const textEnd = start + 1 + (m[1]?.length ?? 0);
      return [
        [start, start + 1],
        [textEnd, start + m[0].length],
      ];
    });
  // *emphasis*, **strong**, _emphasis_: blank the markers.
  if (text.includes("*") || text.includes("_"))
    blankMatches(
      text,
      blanked,
      /(?<![\w*])(\*{1,3}|_{1,2})(?=[^\s*_])([^*_\n]{1,400}?)(?<=[^\s*_])\1(?![\w*])/g,
      (m) => {
        const start = m.index ?? 0;
        const marker = m[1]?.length ?? 0;
        const end = start + m[0].length;
        return [
          [start, start + marker],
          [end - marker, end],
        ];
      },
    );
  // A dateline before the story: "PESHAWAR:", "PORT SUDAN, SUDAN, May 6, 2025 -", "DAMASCUS/PARIS —",
  // "KABUL, Oct 12 —", "GENEVA, 16 October —",
  // also after an agency credit that closes with a bracket ("MENAFN - Jordan Times) KABUL, ...").
  blankMatches(
    text,
    blanked,
    /^[ \t]*(?:[A-Z][^\n()]{1,40}\)[ \t]+)?[A-Z][A-Z.'’/ -]{2,}[A-Z.](?:,[ \t]*[A-Z][A-Z.'’ -]{2,}[A-Z.])*(?:,[ \t]*(?:[A-Z][a-z]{2,9}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,9})(?:,? \d{4})?)?[ \t]*[:–—-][ \t]+/gm,
  );
  // A mixed-case dateline with its agency: "Jammu/Srinagar, May 7 (PTI)".
  if (text.includes("("))
    blankMatches(
      text,
      blanked,
      /^[ \t]*[A-Z][a-z]+(?:[/ -][A-Z][a-z]+)*, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z]{2,8}\)[ \t:–—-]*/gm,
    );
  if (text.includes("#")) blankMatches(text, blanked, /^[ \t]*#{1,6}(?=[ \t])/gm);
  blankMatches(text, blanked, /^[ \t]*[-*•·▪◦‣][ \t]+/gm);
  blankMatches(text, blanked, /^[ \t]*([.*_=~-][ \t]*){3,}$/gm);
  // "| Photo Credit:" and the credit on the line after it.
  blankMatches(text, blanked, /[ \t]*\|?[ \t]*Photo Credit:?[^\n]*(\n[ \t]*[^\n]{0,40}(?=\n|$))?/gi);
  blankMatches(
    text,
    blanked,
    /^[ \t]*(Leave a (Reply|Comment)|Your email address will not be published|Required fields are marked|Share this:?|ADVERTISEMENT|Advertisement|Also read:?|Subscribe)\b[^\n]*$/gm,
  );
  blankRepeatedParagraphs(text, blanked);
  return withBlanks(text, blanked);
}

/** Marks in `blanked` each match of `pattern` in `text`, or the spans `group` picks from it. */
function blankMatches(
  text: string,
  blanked: Uint8Array,
  pattern: RegExp,
  group?: (m: RegExpExecArray) => Array<[number, number]>,
): void {
  for (const match of allMatches(pattern, text)) {
    const index = match.index;
    if (group) for (const [s, e] of group(match)) blanked.fill(1, s, e);
    else blanked.fill(1, index, index + match[0].length);
  }
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
function blankRepeatedParagraphs(text: string, blanked: Uint8Array) {
  const seen = new Set<string>();
  for (const m of allMatches(/[^\n]+/g, text)) {
    // Collapsing spaces only shortens a line: a short one needs no key.
    if (m[0].length < 40) continue;
    const key = (COLLAPSIBLE_SPACE.test(m[0]) ? m[0].replace(/\s+/g, " ") : m[0]).trim();
    if (key.length < 40) continue;
    const start = m.index ?? 0;
    if (seen.has(key)) blanked.fill(1, start, start + m[0].length);
    else seen.add(key);
  }
}
