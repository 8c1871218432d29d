import { isIsoDate } from "../../core/isoDate.ts";
import type { EventFilter } from "../../store/Store.ts";
import { UsageError } from "../UsageError.ts";

/** The options that filter events, shared by `events` and `export`, for parseArgs. */
export const EVENT_FILTER_OPTIONS = {
  actor: { type: "string" },
  type: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  place: { type: "string" },
  country: { type: "string" },
} as const;

export const EVENT_FILTER_HELP = `  --actor NAME_OR_KEY      an actor as named ("Pakistani troops"), its key (PAK:STATE, TTP) or
                           knowledge-base id (organisation:TTP), as source, target or attribution
  --type T                 an event type (ASSAULT, ACCUSE, THREATEN ...)
  --since YYYY-MM-DD       events that end on or after this day
  --until YYYY-MM-DD       events that start on or before this day
  --place P                a location's name or province
  --country ISO3           events located in, or with a source or target of, this country`;

type FilterValues = { [K in keyof typeof EVENT_FILTER_OPTIONS]?: string };

/** The filter the options ask for, or a UsageError saying which option is wrong. */
export function eventFilterOf(values: FilterValues): EventFilter {
  for (const option of ["since", "until"] as const) {
    const value = values[option];
    if (value !== undefined && !isIsoDate(value))
      throw new UsageError(`--${option} expects YYYY-MM-DD, found "${value}"`);
  }
  if (values.country !== undefined && !/^[A-Za-z]{3}$/.test(values.country))
    throw new UsageError(`--country expects an ISO 3166 alpha-3 code such as AFG, found "${values.country}"`);
  return {
    actor: values.actor,
    type: values.type,
    since: values.since,
    until: values.until,
    place: values.place,
    country: values.country,
  };
}
