import { partyKey } from "./dyads.ts";
import type { FusedEvent } from "./fusedEvents.ts";
import { eventWeight } from "./intensity.ts";

export interface NetworkNode {
  key: string;
  /** The name the events use most for it. */
  name: string;
  kind: string;
  country: string | null;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  /** Mean event weight between the two: above 0 hostile, below 0 cooperative (see intensity.ts). */
  tone: number;
}

/** Actors as nodes and their interactions as edges, each edge with its count and its tone from cooperative to hostile. */
export function actorNetwork(events: readonly FusedEvent[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode & { names: Map<string, number> }>();
  const edges = new Map<string, NetworkEdge & { weight: number }>();
  const touch = (actor: FusedEvent["source"]) => {
    const key = partyKey(actor);
    if (!actor || !key) return null;
    const node = nodes.get(key) ?? {
      key,
      name: actor.name,
      kind: actor.kind,
      country: actor.country,
      events: 0,
      names: new Map(),
    };
    nodes.set(key, node);
    node.events++;
    node.names.set(actor.name, (node.names.get(actor.name) ?? 0) + 1);
    return key;
  };
  for (const e of events) {
    const a = touch(e.source);
    const b = touch(e.target);
    if (!a || !b || a === b) continue;
    const [source, target] = [a, b].sort() as [string, string];
    const id = `${source}|${target}`;
    const edge = edges.get(id) ?? { source, target, events: 0, tone: 0, weight: 0 };
    edges.set(id, edge);
    edge.events++;
    edge.weight += eventWeight(e.type, e.mode);
  }
  return {
    nodes: [...nodes.values()]
      .map(({ names, ...node }) => ({
        ...node,
        name: [...names].sort((x, y) => y[1] - x[1])[0]?.[0] ?? node.name,
      }))
      .sort((x, y) => y.events - x.events),
    edges: [...edges.values()]
      .map(({ weight, ...edge }) => ({ ...edge, tone: Math.round((weight / edge.events) * 10) / 10 }))
      .sort((x, y) => y.events - x.events),
  };
}
