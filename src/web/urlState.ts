/**
 * The dashboard's state as it lives in the URL, so a view can be shared and survives a reload:
 * the filters (actor, type, date range, place, text search), the open event and document, and the
 * dyad of the escalation chart.
 */
export interface DashboardState {
  actor: string | null;
  type: string | null;
  /** Events that end on or after this day (YYYY-MM-DD). */
  since: string | null;
  /** Events that start on or before this day. */
  until: string | null;
  place: string | null;
  /** Full-text search: only events whose evidence or document matches. */
  q: string | null;
  /** The event whose detail is open. */
  event: string | null;
  /** The document open in the reader. */
  doc: number | null;
  /** Two party keys, e.g. PAK:STATE,AFG:STATE. */
  dyad: string | null;
}

export const EMPTY_STATE: DashboardState = {
  actor: null,
  type: null,
  since: null,
  until: null,
  place: null,
  q: null,
  event: null,
  doc: null,
  dyad: null,
};

/** The order in which the parameters are written: filters first, then what is open. */
const KEYS = ["q", "actor", "type", "place", "since", "until", "dyad", "event", "doc"] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a query string; values that cannot be right (a malformed date) are dropped. */
export function readState(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const text = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  const day = (key: string) => {
    const value = text(key);
    return value && DAY.test(value) ? value : null;
  };
  const doc = Number(text("doc"));
  const type = text("type");
  const dyad = text("dyad");
  return {
    actor: text("actor"),
    type: type && /^[A-Za-z]+$/.test(type) ? type.toUpperCase() : null,
    since: day("since"),
    until: day("until"),
    place: text("place"),
    q: text("q"),
    event: text("event"),
    doc: Number.isInteger(doc) && doc > 0 ? doc : null,
    dyad: dyad && /^[^,]+,[^,]+$/.test(dyad) ? dyad : null,
  };
}

/** The query string of a state ("" when nothing is set), parameters in a fixed order. */
export function writeState(state: DashboardState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filters the server applies to points: changing one of them needs a new fetch. */
export function serverFilter(state: DashboardState): Record<string, string> {
  const filter: Record<string, string> = {};
  if (state.actor) filter.actor = state.actor;
  if (state.place) filter.place = state.place;
  return filter;
}

/** The filters the network and other analyses take (all but text search). */
export function analysisFilter(state: DashboardState): Record<string, string> {
  const filter = serverFilter(state);
  if (state.type) filter.type = state.type;
  if (state.since) filter.since = state.since;
  if (state.until) filter.until = state.until;
  return filter;
}
