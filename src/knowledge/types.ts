import type { ActorKind } from "../core/actor.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { PhraseIndex } from "./PhraseIndex.ts";
import type { OrganisationEntry, PersonEntry, TriggerEntry } from "./schema.ts";

export interface Country {
  iso3: string;
  iso2: string | null;
  name: string;
  names: readonly string[];
  demonyms: readonly string[];
  metonyms: readonly string[];
  lat: number | null;
  lon: number | null;
  from?: IsoDate;
  to?: IsoDate;
}

export type Organisation = OrganisationEntry;
export type Person = PersonEntry;

/** What a name in the actor index stands for, and how the name denotes it. */
export type ActorRef =
  | { entity: "country"; iso3: string; via: "name" | "demonym" | "people" | "metonym" }
  | { entity: "organisation"; id: string; via: "name" | "alias" }
  | { entity: "person"; id: string; via: "name" | "alias" | "short" };

/** A phrase that may follow an actor's name and changes what the whole denotes. */
export interface ActorExtension {
  role: "institution" | "office" | "civilians" | "members";
  phrase: string;
}

export type PlaceLevel = "country" | "admin1" | "admin2" | "city" | "crossing" | "feature" | "region" | "sea";

export interface Place {
  name: string;
  altNames: readonly string[];
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  level: PlaceLevel;
  /** GeoNames feature code for towns (PPLC capital, PPLA seat of a first-level division ...), else "". */
  featureCode: string;
  curated: boolean;
}

export interface KindAtDate {
  kind: ActorKind;
  country: string | null;
}

/** A trigger phrase as found: which trigger, and whether the phrase is its verb or its noun. */
export interface TriggerForm {
  trigger: TriggerEntry;
  form: "verb" | "noun";
  /** The object nouns the form needs after it (TriggerEntry.objects), or null when it needs none. */
  objects: PhraseIndex<string> | null;
}

/** Cue phrase indexes; `modes` maps a weapon word to the ASSAULT mode it implies. */
export interface CueIndexes {
  speech: PhraseIndex<string>;
  negation: PhraseIndex<string>;
  hypothetical: PhraseIndex<string>;
  lightVerbs: PhraseIndex<string>;
  responsibility: PhraseIndex<string>;
  causal: PhraseIndex<string>;
  statementNouns: PhraseIndex<string>;
  groupAnaphors: PhraseIndex<string>;
  eventAnaphors: PhraseIndex<string>;
  personAnaphors: PhraseIndex<string>;
  /** Pronouns that, right after a speech verb, stand for its speaker ("the RSF said it had taken"). */
  speakerPronouns: PhraseIndex<string>;
  /** Descriptions of the two parties of the conflict ("the two sides", "both countries"). */
  pairAnaphors: PhraseIndex<string>;
  /** "the two", "both": with up to three modifiers and a pair head, a pair anaphor ("the two ex-Soviet neighbours"). */
  pairOpeners: PhraseIndex<string>;
  pairHeads: PhraseIndex<string>;
  modes: PhraseIndex<string>;
  /** By event type: a word after a statement trigger and the mode it implies ("of harbouring" → harbouring). */
  statementModes: ReadonlyMap<string, PhraseIndex<string>>;
}
