/** A calendar day as `YYYY-MM-DD`; such strings compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** True when `date` lies in the closed interval [from, to]; a missing bound is open. */
export function isWithin(date: IsoDate, from?: IsoDate, to?: IsoDate): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}
