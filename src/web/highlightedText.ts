/** Renders a document's text with spans highlighted: every run carries the classes of the spans that cover it. */
import { h } from "./dom.ts";
import { segmentText } from "./textSegments.ts";

export interface Highlight {
  start: number;
  end: number;
  /** CSS classes, e.g. "evidence" or "mention m-actor". */
  className: string;
  title?: string;
  /** data-* attributes of the run. */
  data?: Record<string, string>;
  /** Evidence is marked with <mark>, mentions with <span>. */
  mark?: boolean;
}

export function highlightedText(text: string, highlights: readonly Highlight[], from = 0): HTMLElement {
  const body = h("div", { class: "document-text" });
  for (const segment of segmentText(text.length, highlights, from)) {
    const slice = text.slice(segment.start, segment.end);
    if (segment.covering.length === 0) {
      body.append(slice);
      continue;
    }
    const covering = segment.covering.map((i) => highlights[i] as Highlight);
    const element = h(covering.some((c) => c.mark) ? "mark" : "span", {
      class: [...new Set(covering.flatMap((c) => c.className.split(" ")))].join(" "),
      title: covering.flatMap((c) => (c.title ? [c.title] : [])).join("\n") || null,
    });
    for (const c of covering)
      for (const [key, value] of Object.entries(c.data ?? {})) element.dataset[key] ??= value;
    element.append(slice);
    body.append(element);
  }
  return body;
}

/** Scrolls a text box (positioned, so marks' offsets are its own) to its first evidence mark, not the page. */
export function scrollToFirstMark(box: HTMLElement | null) {
  const mark = box?.querySelector<HTMLElement>("mark.evidence");
  if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - 24);
}
