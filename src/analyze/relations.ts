import { partyKey } from "./dyads.ts";
import type { FusedEvent } from "./fusedEvents.ts";
import { eventWeight } from "./intensity.ts";

export type RelationStatus = "hostile" | "cooperative" | "mixed";

export interface RelationPeriod {
  /** The year, as "2021". */
  period: string;
  hostility: number;
  cooperation: number;
  status: RelationStatus;
  events: number;
}

export interface Relation {
  parties: [string, string];
  periods: RelationPeriod[];
}

/** One side outweighs the other this many times over: the relation is hostile or cooperative, else mixed. */
const DOMINANCE = 2;

/**
 * The status of each pair of parties year by year, from the weights of the events between them
 * (see intensity.ts): hostile, cooperative or mixed. Read over the years it shows a turn ("allies
 * until 2021, adversaries since"). Events dated only more coarsely than a year are left out.
 */
export function relations(events: readonly FusedEvent[]): Relation[] {
  const pairs = new Map<string, Map<string, RelationPeriod>>();
  for (const e of events) {
    const a = partyKey(e.source);
    const b = partyKey(e.target);
    if (!a || !b || a === b || !e.date || e.date.start.slice(0, 4) !== e.date.end.slice(0, 4)) continue;
    if (e.reports.every((r) => r.event.negated)) continue;
    const key = [a, b].sort().join("|");
    const years = pairs.get(key) ?? new Map<string, RelationPeriod>();
    pairs.set(key, years);
    const year = e.date.start.slice(0, 4);
    const period = years.get(year) ?? {
      period: year,
      hostility: 0,
      cooperation: 0,
      status: "mixed",
      events: 0,
    };
    years.set(year, period);
    const weight = eventWeight(e.type, e.mode);
    if (weight > 0) period.hostility += weight;
    else period.cooperation -= weight;
    period.events++;
  }
  return [...pairs]
    .map(([key, years]) => ({
      parties: key.split("|") as [string, string],
      periods: [...years.values()]
        .sort((x, y) => x.period.localeCompare(y.period))
        .map((p) => ({
          ...p,
          status:
            p.hostility > DOMINANCE * p.cooperation
              ? ("hostile" as const)
              : p.cooperation > DOMINANCE * p.hostility
                ? ("cooperative" as const)
                : ("mixed" as const),
        })),
    }))
    .sort(
      (x, y) => y.periods.reduce((s, p) => s + p.events, 0) - x.periods.reduce((s, p) => s + p.events, 0),
    );
}
