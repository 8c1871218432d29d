import type { DateRange } from "../core/DateRange.ts";

/** A resolved date: the range GUIDELINE.md §4 prints, and whether the text left its year unstated. */
export interface ResolvedDate extends DateRange {
  /** Set when the year was not written and was inferred from the reference date ("February 27"). */
  yearInferred?: true;
}
