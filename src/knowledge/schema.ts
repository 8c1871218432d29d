import { z } from "zod";
import { ACTOR_KINDS } from "../core/actor.ts";
import { isIsoDate } from "../core/isoDate.ts";

const isoDate = z.string().refine(isIsoDate, { message: "expected a date YYYY-MM-DD" });
const countryCode = z.string().regex(/^[A-Z]{3}$/, { message: "expected an ISO 3166 alpha-3 code" });
const name = z.string().trim().min(2);
const actorKind = z.enum(ACTOR_KINDS);

/** A stretch of time in which an organisation has another kind or country than its default. */
export const periodSchema = z
  .object({
    kind: actorKind,
    country: countryCode.nullable().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "expected an UPPER_SNAKE_CASE id" }),
    name,
    kind: z.enum(["STATE", "REBEL", "MILITIA", "IGO", "OTHER"]),
    country: countryCode.nullable(),
    aliases: z.array(name).default([]),
    periods: z.array(periodSchema).default([]),
    parent: z.string().optional(),
  })
  .strict();

export const roleSchema = z
  .object({
    title: name,
    country: countryCode.optional(),
    org: z.string().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict()
  .refine((role) => (role.country === undefined) !== (role.org === undefined), {
    message: "expected exactly one of country or org",
  });

export const personSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "expected a lower-kebab-case id" }),
    name,
    aliases: z.array(name).default([]),
    short: z.array(name).default([]),
    roles: z.array(roleSchema).default([]),
    otherwise: z.object({ country: countryCode.nullable(), kind: actorKind }).strict().optional(),
  })
  .strict();

/** Additions to the derived country list, or a historical state it lacks. */
export const countrySchema = z
  .object({
    iso3: countryCode,
    name: name.optional(),
    names: z.array(name).default([]),
    demonyms: z.array(name).default([]),
    /** Seats of government and other places whose name stands for the government. */
    metonyms: z.array(name).default([]),
    /** Names of the derived list that must not be used (too ambiguous). */
    dropNames: z.array(name).default([]),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const PLACE_TYPES = ["crossing", "feature", "region", "sea", "district", "province", "city"] as const;

export const placeSchema = z
  .object({
    name,
    aliases: z.array(name).default([]),
    type: z.enum(PLACE_TYPES),
    country: countryCode,
    admin1: z.string().nullable().default(null),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  })
  .strict();

/** Word lists that turn a country or organisation mention into an institution, people or a bigger name. */
export const institutionsSchema = z
  .object({
    /** Nouns after a country that denote its state: "Pakistani army", "Afghan border forces". */
    stateInstitutions: z.array(name),
    /** Offices of a state: "Pakistan's defence minister". */
    stateOffices: z.array(name),
    /** Nouns after a country that denote its people: "Afghan civilians". */
    civilianNouns: z.array(name),
    /** Nouns after an organisation that still denote it: "Hamas fighters". */
    memberNouns: z.array(name),
    /** Institution nouns that denote a state without naming it: "security forces", "the army". */
    bareStateNouns: z.array(name).default([]),
    /** Bare state nouns that only modify a lower-case noun after them: "military operations". */
    modifierStateNouns: z.array(name).default([]),
    /** What an attack hit, by whose it is: "a military base" (STATE), "a mosque" (CIVILIANS). */
    facilityTargets: z.partialRecord(z.enum(["STATE", "CIVILIANS"]), z.array(name)).default({}),
    /**
     * Nouns for an armed group that, after a demonym or another capitalised qualifier, name an
     * ad-hoc group of their own: "Tuareg rebels" (REBEL), "Druze fighters" (MILITIA).
     */
    armedGroupNouns: z.partialRecord(z.enum(["REBEL", "MILITIA"]), z.array(name)).default({}),
    /** Capitalised words that make a country part of a bigger name: "Jordan Times". */
    organisationHeads: z.array(name),
  })
  .strict();

export const rolePatternsSchema = z
  .object({
    /** Role nouns, longest phrase first where they overlap: "chief spokesman", "spokesman". */
    roles: z.array(name),
    /** Words before a role that say the person no longer holds it. */
    formerMarkers: z.array(z.string().min(1)),
    /** Honorifics and ranks that may precede a person's name. */
    titles: z.array(z.string().min(1)),
  })
  .strict();

export const EVENT_TYPES = [
  "ASSAULT",
  "COERCE",
  "MOBILIZE",
  "THREATEN",
  "ACCUSE",
  "REJECT",
  "PROTEST",
  "SUPPORT",
  "CONSULT",
  "AGREE",
  "AID",
  "RETREAT",
] as const;

/** An event trigger: verb and noun forms that report one kind of action (knowledge/events/triggers.yaml). */
export const triggerSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: "expected a lower-kebab-case id" }),
    type: z.enum(EVENT_TYPES),
    mode: z.string().min(1),
    frame: z.enum(["act", "mutual", "speech"]),
    ambiguous: z.string().optional(),
    bothSides: z.boolean().default(false),
    predicate: z.boolean().default(false),
    /** A standing relation that a participle after a name only describes: "rebels backed by Rwanda", "US-backed". */
    describes: z.boolean().default(false),
    verbs: z.array(z.string().min(2)).default([]),
    nouns: z.array(z.string().min(2)).default([]),
    /** When given, a form is an event only with one of these nouns closing the words after it: "closed the Torkham crossing". */
    objects: z.array(z.string().min(2)).default([]),
    /** When given, the event stands only when its source is of one of these kinds: an armed group "returned to power", an elected leader did not. */
    sourceKinds: z.array(actorKind).optional(),
  })
  .strict();

const phrases = z.array(z.string().min(1));

/** Cue phrases that refiners read around triggers (knowledge/patterns/cues.yaml). */
export const cuesSchema = z
  .object({
    speech: phrases,
    negation: phrases,
    hypothetical: phrases,
    lightVerbs: phrases,
    responsibility: phrases,
    causal: phrases,
    statementNouns: phrases.default([]),
    groupAnaphors: phrases.default([]),
    eventAnaphors: phrases.default([]),
    personAnaphors: phrases.default([]),
    speakerPronouns: phrases.default([]),
    pairAnaphors: phrases.default([]),
    pairOpeners: phrases.default([]),
    pairHeads: phrases.default([]),
    modes: z.record(z.string(), phrases),
    statementModes: z.partialRecord(z.enum(EVENT_TYPES), z.record(z.string(), phrases)).default({}),
  })
  .strict();

/** English words that are capitalised at the start of a sentence but are not names. */
export const functionWordsSchema = z.object({ words: z.array(z.string().min(1)) }).strict();

export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type RoleEntry = z.infer<typeof roleSchema>;
export type CountryEntry = z.infer<typeof countrySchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type Institutions = z.infer<typeof institutionsSchema>;
export type RolePatterns = z.infer<typeof rolePatternsSchema>;
export type TriggerEntry = z.infer<typeof triggerSchema>;
export type Cues = z.infer<typeof cuesSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
