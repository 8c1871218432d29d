import type { IsoDate } from "./isoDate.ts";

export type DatePrecision = "day" | "week" | "month" | "year";

/** The time of an event as GUIDELINE.md §4 prints it: a closed range of days and how precise it is. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
  precision: DatePrecision;
}
