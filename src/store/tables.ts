import type { Generated } from "kysely";

/** The tables of a Faultline store, as both backends hold them (see migrations.ts). */
export interface Tables {
  schema_migrations: { version: number; name: string; applied_at: string };
  documents: DocumentsTable;
  document_sources: DocumentSourcesTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_locations: EventLocationsTable;
  evidence: EvidenceTable;
  event_links: EventLinksTable;
  fusion: FusionTable;
  fusion_splits: FusionSplitsTable;
  ingest_failures: IngestFailuresTable;
}

export interface DocumentsTable {
  id: Generated<number>;
  /** The file's base name, printed as an event's `doc`. */
  name: string;
  format: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string;
  /** 1 when the publication date was inferred from the text, not given. */
  published_inferred: number;
  /** SHA-256 of the text: the same bytes twice are one document. */
  content_hash: string;
  /** 64-bit SimHash of the prose as 16 hex digits, and its eight 8-bit bands for look-up. */
  fingerprint: string;
  band0: string;
  band1: string;
  band2: string;
  band3: string;
  band4: string;
  band5: string;
  band6: string;
  band7: string;
  text: string;
  /** Where the prose starts in `text`: after a front-matter block, else 0. */
  prose_start: number;
  event_count: number;
  ingested_at: string;
}

/** Where a document was found: several rows when one story came from several places. */
export interface DocumentSourcesTable {
  id: Generated<number>;
  document_id: number;
  path: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  added_at: string;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: number;
  kind: string;
  start_offset: number;
  end_offset: number;
  text: string;
  /** Knowledge-base id (`country:PAK`, `organisation:TTP`, a place id) or null when unknown. */
  entity: string | null;
}

export interface EventsTable {
  seq: Generated<number>;
  /** Store-wide id: `d<document id>.<id within the document>`, as `d12.e3`. */
  id: string;
  document_id: number;
  type: string;
  mode: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  fatalities: number | null;
  fatalities_qualifier: string | null;
  injuries: number | null;
  injuries_qualifier: string | null;
  negated: number;
  /** JSON array of the rule ids that produced the event. */
  rules: string;
}

export interface EventActorsTable {
  event_seq: number;
  role: "source" | "target" | "attribution";
  name: string;
  country: string | null;
  kind: string;
  /** Scoring key: `PAK:STATE`, or the group's canonical name. */
  actor_key: string;
  entity: string | null;
  title: string | null;
}

export interface EventLocationsTable {
  event_seq: number;
  ordinal: number;
  name: string;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
  place_id: string | null;
}

export interface EvidenceTable {
  id: Generated<number>;
  event_seq: number;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface EventLinksTable {
  event_seq: number;
  /** Store-wide id of the event this one responds to. */
  cause_id: string;
}

/** The fused event an event belongs to, named by the id of its first member. */
export interface FusionTable {
  event_seq: number;
  fused_id: string;
  score: number;
  /** Why the event joined the group (null for the first member). */
  reason: string | null;
}

/** Two events a user said are not the same real-world event. Stored both ways round. */
export interface FusionSplitsTable {
  event_id: string;
  other_id: string;
  created_at: string;
}

/** Documents a worker could not ingest for good, with why. */
export interface IngestFailuresTable {
  key: string;
  name: string;
  reason: string;
  failed_at: string;
}
