import { type IsoDate, isWithin } from "../core/isoDate.ts";
import type { KindAtDate, Organisation } from "../knowledge/types.ts";

/**
 * An organisation's kind and country on a date: the period that covers the date, else the default.
 * Without a date, the period in force today-or-open-ended is not assumed: the default is returned.
 */
export function kindOfOrganisationAt(org: Organisation, date: IsoDate | null): KindAtDate {
  if (date !== null) {
    for (const period of org.periods) {
      if (isWithin(date, period.from, period.to))
        return { kind: period.kind, country: period.country === undefined ? org.country : period.country };
    }
  }
  return { kind: org.kind, country: org.country };
}
