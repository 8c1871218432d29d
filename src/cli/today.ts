import type { IsoDate } from "../core/isoDate.ts";

/** Today's date in UTC: the publication date of a document that gives and implies none. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}
