import type { IsoDate } from "../core/isoDate.ts";
import type { DateExpression } from "../extract/findDateExpressions.ts";
import { findDateExpressions } from "../extract/findDateExpressions.ts";
import { resolveDateExpression } from "./resolveDateExpression.ts";

export interface InferredDate {
  date: IsoDate;
  /** Where it came from: a "Published" line, a dateline, or the latest full date in the text. */
  from: "published-line" | "dateline" | "latest-date";
}

const PUBLISHED_LINE = /^[ \t]*(?:Published|Updated|Posted|Last updated)\b[^\n]*$/gim;
const DATELINE_SPAN = 300;

/** A date the text states in full (day, month and year), resolved; null for anything vaguer. */
function fullDate(expression: DateExpression): IsoDate | null {
  if (expression.anchor !== "absolute" || expression.day === undefined || expression.year === undefined)
    return null;
  const range = resolveDateExpression(expression, `${expression.year}-12-31`);
  return range?.precision === "day" ? range.start : null;
}

/**
 * The publication date a document without one most likely has: the date of a "Published …" line,
 * else a full date in its opening lines (a dateline), else the latest full date it mentions.
 */
export function inferPublishedDate(text: string): InferredDate | null {
  for (const line of text.matchAll(PUBLISHED_LINE)) {
    const date = findDateExpressions(line[0])
      .map(fullDate)
      .find((d) => d !== null);
    if (date) return { date, from: "published-line" };
  }
  const opening = findDateExpressions(text.slice(0, DATELINE_SPAN))
    .map(fullDate)
    .find((d) => d !== null);
  if (opening) return { date: opening, from: "dateline" };
  const all = findDateExpressions(text)
    .map(fullDate)
    .filter((d): d is IsoDate => d !== null)
    .sort();
  const latest = all[all.length - 1];
  return latest ? { date: latest, from: "latest-date" } : null;
}
