/**
 * The shapes of the API's answers the dashboard reads (see GET /api/openapi.json and src/api/routes.ts).
 * The web folder may import only src/core, so the store's and analyses' types are restated here,
 * limited to the fields the dashboard uses.
 */
import type { Actor } from "../core/actor.ts";
import type { ConflictEvent, CountQualifier, EventLocation } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";

/** GET /api/points: one located place of an event. */
export interface EventPoint {
  id: string;
  fusedId: string;
  type: string;
  mode: string;
  start: string | null;
  end: string | null;
  fatalities: number | null;
  place: string;
  country: string;
  lat: number;
  lon: number;
  precision: string;
}

/** A figure of a fused event with who claims it. */
export interface ClaimedCount {
  count: number;
  qualifier: CountQualifier;
  claimant: string;
  eventId: string;
  doc: string;
}

export interface FusedReport {
  id: string;
  doc: string;
  source: string | null;
  reason: string | null;
}

export interface FusedEvent {
  id: string;
  type: string;
  mode: string;
  source: Actor | null;
  target: Actor | null;
  date: DateRange | null;
  locations: EventLocation[];
  fatalities: ClaimedCount[];
  injuries: ClaimedCount[];
  reports: FusedReport[];
}

export interface StoredEvent {
  event: ConflictEvent;
  document: {
    id: string;
    title: string | null;
    url: string | null;
    source: string | null;
    published: string | null;
  };
  documentId: number;
  rules: string[];
  fusion: { fusedId: string; score: number; reason: string | null } | null;
}

export interface DocumentText {
  id: number;
  name: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string;
  publishedInferred: boolean;
  text: string;
}

export interface ChainEvent {
  id: string;
  type: string;
  mode: string;
  date: DateRange | null;
  source: Actor | null;
  target: Actor | null;
}

export interface Chain {
  events: ChainEvent[];
  links: { cause: string; response: string; kind: string }[];
}

/** GET /api/events/:id */
export interface EventDetail {
  report: StoredEvent;
  fused: FusedEvent | null;
  document: DocumentText | null;
  chains: Chain[];
}

export interface Mention {
  kind: "actor" | "place" | "date";
  start: number;
  end: number;
  text: string;
  entity: string | null;
}

/** GET /api/documents/:id */
export interface DocumentDetail extends DocumentText {
  mentions: Mention[];
  events: StoredEvent[];
}

export interface NetworkNode {
  key: string;
  name: string;
  kind: string;
  country: string | null;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  /** Above 0 hostile, below 0 cooperative. */
  tone: number;
}

/** GET /api/network */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** GET /api/escalation */
export interface Escalation {
  dyad: [string, string];
  period: string;
  series: {
    period: string;
    intensity: number;
    hostile: number;
    cooperative: number;
    killed: number;
    peak: string | null;
  }[];
  changes: { period: string; direction: "escalation" | "de-escalation"; from: number; to: number }[];
  summary: string;
}

/** GET /api/search */
export interface SearchHit {
  kind: "document" | "evidence";
  documentId: number;
  documentName: string;
  eventId: string | null;
  snippet: string;
}

/** GET /api/actors */
export interface ActorSummary {
  key: string;
  names: string[];
  country: string | null;
  kind: string;
  asSource: number;
  asTarget: number;
  asAttribution: number;
}
