const BOLD_YELLOW = "\x1b[1;33m";
const RESET = "\x1b[0m";

/** Marks a span of text: in colour on a terminal, between « and » elsewhere. */
export function highlight(text: string, terminal: boolean): string {
  return terminal ? `${BOLD_YELLOW}${text}${RESET}` : `«${text}»`;
}

/** Replaces the « » marks a search snippet carries with the terminal's highlight. */
export function highlightMarks(snippet: string, terminal: boolean): string {
  return terminal ? snippet.replace(/«([^»]*)»/g, (_, word: string) => highlight(word, true)) : snippet;
}
