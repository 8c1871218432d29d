import type { ConflictEvent } from "../core/ConflictEvent.ts";
import type { AssembledEvent } from "../resolve/assembleEvents.ts";

/** Where a document was found, and what that place says of it. */
export interface DocumentOrigin {
  path: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
}

/** A span of a document that names an actor, a place or a time, with what it was resolved to. */
export interface StoredMention {
  kind: "actor" | "place" | "date";
  start: number;
  end: number;
  text: string;
  entity: string | null;
}

/** A document read and extracted, ready to store in one transaction. */
export interface NewDocument {
  name: string;
  format: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string;
  publishedInferred: boolean;
  text: string;
  /** Where the prose starts in `text`: after a front-matter block, else 0. */
  proseStart: number;
  /** SHA-256 of the prose. */
  contentHash: string;
  /** 64-bit SimHash of the prose's wording, 16 hex digits. */
  fingerprint: string;
  origin: DocumentOrigin;
  mentions: StoredMention[];
  events: AssembledEvent[];
}

/** A stored document as listed: no text. */
export interface DocumentSummary {
  id: number;
  name: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string;
  publishedInferred: boolean;
  eventCount: number;
  /** How many places the document was found at (2 or more: the same story seen twice). */
  origins: number;
  ingestedAt: string;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  /** Where the prose starts in `text`: after a front-matter block, else 0. */
  proseStart: number;
  originList: DocumentOrigin[];
}

/** An event as stored: the GUIDELINE.md event with a store-wide id, and the document it came from. */
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
  /** The fused event it belongs to, once fusion has seen it. */
  fusion: EventFusion | null;
  /** Knowledge-base ids: of the actors by role, and of each location's place (in order). */
  entities: {
    source: string | null;
    target: string | null;
    attribution: string | null;
    places: (string | null)[];
  };
}

/** Where an event stands in fusion: the fused event it belongs to (named by its first member) and why. */
export interface EventFusion {
  fusedId: string;
  /** How strongly it matched the member it was compared with; 0 for the first member. */
  score: number;
  /** Why it joined (null for the first member). */
  reason: string | null;
}

/** Reports of one event type whose dates overlap a range: what a report may fuse with. */
export interface FusionWindow {
  type: string;
  since: string;
  until: string;
}

export interface EventFilter {
  /** An actor's name (any case), scoring key (`PAK:STATE`, `TTP`) or knowledge-base id (`organisation:TTP`). */
  actor?: string;
  type?: string;
  /** Events that end on or after this day. */
  since?: string;
  /** Events that start on or before this day. */
  until?: string;
  /** A location's name or first-level division (any case). */
  place?: string;
  /** ISO alpha-3 of a location's country or of the source or target actor. */
  country?: string;
  documentId?: number;
  /** Events of any of these documents. */
  documentIds?: readonly number[];
  /** Events of every document but this one. */
  excludeDocumentId?: number;
  /** The members of one fused event. */
  fusedId?: string;
  /** The reports of these fused events (an event fusion has not seen is a fused event of its own). */
  fusedIds?: readonly string[];
  limit?: number;
  /** Keyset paging: events stored after this position (`StoredEventPage.next`). */
  after?: number;
}

/**
 * Fused events counted together: those of one type and date range (the narrowest any of their
 * reports gives; null for events without a date), with the deaths their reports give.
 */
export interface EventTally {
  type: string;
  start: string | null;
  end: string | null;
  events: number;
  /** The sum over the events of the smallest figure any report gives, and of the largest. */
  killedLow: number;
  killedHigh: number;
}

export interface StoredEventPage {
  events: StoredEvent[];
  /** Position to pass as `after` for the next page; null after the last. */
  next: number | null;
}

/** One located place of an event, compact, for maps and client-side timelines over many events. */
export interface EventPoint {
  id: string;
  /** The fused event it belongs to (its own id when fusion has not joined it to another). */
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

export interface ActorSummary {
  key: string;
  /** The names the corpus uses for it, most frequent first. */
  names: string[];
  country: string | null;
  kind: string;
  entity: string | null;
  /** Events with the actor as source, as target, and as the party a claim is attributed to. */
  asSource: number;
  asTarget: number;
  asAttribution: number;
}

export interface SearchHit {
  kind: "document" | "evidence";
  documentId: number;
  documentName: string;
  /** For evidence: the event it supports. */
  eventId: string | null;
  /** The matching text with the matched words between « and ». */
  snippet: string;
}

export type DuplicateMatch = { documentId: number; exact: boolean };

/** A document's prose as duplicate detection compares it: the text without front matter, its SHA-256 and fingerprint. */
export interface ProseToMatch {
  contentHash: string;
  fingerprint: string;
  prose: string;
}

/** The corpus store: one interface, an embedded SQLite and a PostgreSQL backend. */
export interface Store {
  readonly backend: "sqlite" | "postgres";
  /**
   * For each prose, the stored document with its hash (exact), else one that tells the same story:
   * a close fingerprint and most of the wording shared (near-duplicate); null for a new story.
   */
  findDuplicates(proses: readonly ProseToMatch[]): Promise<(DuplicateMatch | null)[]>;
  /** Records another place a stored document was found at; false when that origin is already known. */
  addOrigin(documentId: number, origin: DocumentOrigin): Promise<boolean>;
  /** Stores documents with their mentions, events and evidence in one transaction; returns their ids, in order. */
  addDocuments(documents: readonly NewDocument[]): Promise<number[]>;
  documents(options?: { limit?: number }): Promise<DocumentSummary[]>;
  document(id: number): Promise<StoredDocument | null>;
  /** The actors, places and dates a document names, in text order. */
  mentions(documentId: number): Promise<StoredMention[]>;
  events(filter?: EventFilter): Promise<StoredEventPage>;
  event(id: string): Promise<StoredEvent | null>;
  /** The located places of the events the filter selects (paging options aside), at most `limit`. */
  eventPoints(filter?: EventFilter, limit?: number): Promise<EventPoint[]>;
  actors(): Promise<ActorSummary[]>;
  /**
   * The fused events of the filter's reports, counted by type and date range: what a timeline
   * needs, without reading the reports. Only the filter's reports of a fused event count.
   */
  eventTallies(filter?: EventFilter): Promise<EventTally[]>;
  /**
   * The fused events among the filter's reports with a source among these parties in one report
   * and a target among them in one (`PAK:STATE`, `AFG:CIVILIANS` for states and civilians, else a name).
   */
  fusedIdsWithParties(filter: EventFilter, parties: readonly string[]): Promise<string[]>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  counts(): Promise<{ documents: number; events: number }>;
  /**
   * The reports fusion has seen, of other documents than `excludeDocumentIds`, in any of the
   * windows, in the order they were stored; at most `limit`.
   */
  fusionCandidates(
    windows: readonly FusionWindow[],
    excludeDocumentIds: readonly number[],
    limit: number,
  ): Promise<StoredEvent[]>;
  /** Puts events into fused events (or makes each the first member of its own), in one statement. */
  setFusions(fusions: readonly { eventId: string; fusion: EventFusion }[]): Promise<void>;
  /** Forgets every event's fusion (not the user's splits), before fusing everything again. */
  clearFusion(): Promise<void>;
  /** Records that a user said two events are not the same real-world event. */
  addSplit(eventId: string, otherId: string): Promise<void>;
  /** For each of these events, the events a user said are not the same as it (events without splits are left out). */
  splitsOf(eventIds: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * Runs `work` while no other process holds any of the same locks: "is it stored already?" and
   * "store it" must not interleave between workers, nor the fusion of two documents whose events
   * could fuse (PostgreSQL: advisory locks, taken in order, on one connection; SQLite: this
   * process's exclusive work runs one piece at a time, and SQLite has one writer anyway).
   */
  exclusive<T>(keys: readonly string[], work: (store: Store) => Promise<T>): Promise<T>;
  /** Records a document a worker could not ingest for good, with the reason. */
  recordFailure(failure: IngestFailure): Promise<void>;
  /** The documents workers could not ingest, newest first. */
  failures(limit?: number): Promise<(IngestFailure & { failedAt: string })[]>;
  close(): Promise<void>;
}

/** A document that cannot be ingested however often it is tried (unreadable, not text, the extractor failed). */
export interface IngestFailure {
  /** The job's key: the SHA-256 of the document's prose. */
  key: string;
  name: string;
  reason: string;
}
