import type { FusedEvent } from "./fusedEvents.ts";

/**
 * How much an event moves a relation towards conflict (positive) or cooperation (negative), on a
 * scale modelled on Goldstein's (1992) conflict–cooperation scale for WEIS/CAMEO events, turned
 * around so that hostility counts up: armed force 8 to 10, force short of it and threats 4 to 7,
 * verbal hostility 2 to 3, talk and cooperation below zero.
 */
const WEIGHTS: Record<string, Record<string, number> & { default: number }> = {
  ASSAULT: { default: 9, air: 10, bombing: 10, shelling: 9, armed_clash: 9, capture: 9, attack: 9 },
  COERCE: { default: 5, border_closure: 5, arrest: 4, expel: 5, seize_property: 5 },
  MOBILIZE: { default: 4, troops: 5, alert: 3 },
  THREATEN: { default: 5, war: 7, ultimatum: 6, retaliation: 6 },
  ACCUSE: { default: 3 },
  REJECT: { default: 2 },
  PROTEST: { default: 3, condemn: 3 },
  CONSULT: { default: -2, mediate: -3, talks: -3, visit: -2, host: -2, envoy: -2 },
  SUPPORT: { default: -3, recognize: -5 },
  AGREE: { default: -5, ceasefire: -6, treaty: -7 },
  AID: { default: -6 },
  RETREAT: { default: -4 },
};

/** The event's weight: hostile acts count up, cooperative ones down; negated reports count nothing. */
export function eventWeight(type: string, mode: string): number {
  const weights = WEIGHTS[type];
  if (!weights) return 0;
  return weights[mode] ?? weights.default;
}

/** Whether an event is a hostile act (weight above 3: force, coercion, threats). */
export const isHostileAct = (event: { type: string; mode: string }) =>
  eventWeight(event.type, event.mode) >= 4;

/** The smallest figure any report gives: what every side concedes. */
export function conceded(figures: FusedEvent["fatalities"]): number {
  return figures.length === 0 ? 0 : Math.min(...figures.map((f) => f.count));
}

/** An event's intensity: its weight, raised for hostile acts by the deaths every report concedes. */
export function intensity(event: FusedEvent): number {
  const weight = eventWeight(event.type, event.mode);
  if (event.reports.every((r) => r.event.negated)) return 0;
  return weight > 0 ? weight * (1 + Math.log10(1 + conceded(event.fatalities))) : weight;
}
