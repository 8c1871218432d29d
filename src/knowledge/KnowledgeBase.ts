import type { Gazetteer } from "./Gazetteer.ts";
import type { PhraseIndex } from "./PhraseIndex.ts";
import type { PhraseStarts } from "./PhraseStarts.ts";
import type {
  ActorExtension,
  ActorRef,
  Country,
  CueIndexes,
  Organisation,
  Person,
  TriggerForm,
} from "./types.ts";

/**
 * Everything Faultline knows, compiled into immutable indexes. Built once from the knowledge
 * files (see compileKnowledgeBase) and passed to every stage that needs it.
 */
export interface KnowledgeBase {
  readonly countries: ReadonlyMap<string, Country>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly people: ReadonlyMap<string, Person>;
  /** Names, aliases, demonyms and metonyms of countries, organisations and people. */
  readonly actorNames: PhraseIndex<ActorRef>;
  /** Institutions, offices, civilian and member nouns that may follow an actor's name. */
  readonly actorExtensions: PhraseIndex<ActorExtension>;
  /** Institution nouns that denote a state without naming it ("security forces"). */
  readonly bareStateNouns: PhraseIndex<string>;
  /** Bare state nouns that, before a lower-case noun, only modify it ("military supplies"). */
  readonly modifierStateNouns: ReadonlySet<string>;
  /** What an attack hit and whose it is: "military base" → STATE, "mosque" → CIVILIANS. */
  readonly facilityTargets: PhraseIndex<"STATE" | "CIVILIANS">;
  /** Nouns that make a qualifier an ad-hoc armed group: "Tuareg rebels" → REBEL, "Druze fighters" → MILITIA. */
  readonly armedGroupNouns: PhraseIndex<"REBEL" | "MILITIA">;
  /** Capitalised head words that make a country part of a bigger name ("Jordan Times"). */
  readonly organisationHeads: ReadonlySet<string>;
  /** Role nouns for attaching unknown people to actors ("spokesman", "foreign minister"). */
  readonly roleNouns: PhraseIndex<string>;
  readonly formerMarkers: ReadonlySet<string>;
  /** Honorifics and ranks before a name ("Mr", "General"). */
  readonly personTitles: PhraseIndex<string>;
  /** Words capitalised at a sentence start that never begin a name (folded). */
  readonly functionWords: ReadonlySet<string>;
  /** Event triggers by phrase, each with its verb or noun form. */
  readonly eventTriggers: PhraseIndex<TriggerForm>;
  /** Cue phrases for attribution, negation, modality, light verbs, causal links and modes. */
  readonly cues: CueIndexes;
  /** The first words of the indexes above, for marking a sentence's tokens once (see PhraseStarts). */
  readonly phraseStarts: PhraseStarts;
  /** The world gazetteer, built on first use. */
  readonly places: Gazetteer;
}
