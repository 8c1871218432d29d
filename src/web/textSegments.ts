/**
 * Splits a document's text into runs at every span boundary, so that overlapping spans (a place
 * name that holds a demonym, an evidence sentence that holds both) can be highlighted together.
 * Spans are [start, end) offsets into the text, as the API gives them.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indexes of the spans that cover the whole run, shortest first. */
  covering: number[];
}

export function segmentText(length: number, spans: readonly Span[], from = 0): Segment[] {
  const cuts = new Set<number>([from, length]);
  for (const span of spans) {
    if (span.end <= from || span.start >= length || span.end <= span.start) continue;
    cuts.add(Math.max(from, span.start));
    cuts.add(Math.min(length, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => span.end > span.start)
    .sort((a, b) => a.span.start - b.span.start);
  const segments: Segment[] = [];
  let open: { span: Span; index: number }[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    for (let entry = byStart[next]; entry && entry.span.start <= start; entry = byStart[++next])
      open.push(entry);
    open = open.filter(({ span }) => span.end > start);
    const covering = open
      .filter(({ span }) => span.start <= start && span.end >= end)
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))
      .map(({ index }) => index);
    segments.push({ start, end, covering });
  }
  return segments;
}

/** Where the prose starts: after a front-matter block (--- ... ---) and the blank lines after it, else 0. */
export function proseStart(text: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n)+/.exec(text);
  return match ? match[0].length : 0;
}
