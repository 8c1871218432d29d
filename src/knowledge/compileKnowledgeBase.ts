import { foldWord } from "../core/foldText.ts";
import { Gazetteer } from "./Gazetteer.ts";
import type { KnowledgeBase } from "./KnowledgeBase.ts";
import type { KnowledgeProblem } from "./KnowledgeProblem.ts";
import { PhraseIndex, phraseWords } from "./PhraseIndex.ts";
import { PhraseStarts } from "./PhraseStarts.ts";
import type { KnowledgeSources } from "./readKnowledgeSources.ts";
import type {
  ActorExtension,
  ActorRef,
  Country,
  CueIndexes,
  Organisation,
  Person,
  Place,
  PlaceLevel,
  TriggerForm,
} from "./types.ts";

const phraseKey = (phrase: string) =>
  phraseWords(phrase)
    .map((w) => w.fold)
    .join(" ");

/** "Afghan" → "Afghans"; demonyms ending in a sibilant or "-ese" are their own plural ("Swiss", "Chinese"). */
function pluralOfDemonym(demonym: string): string | null {
  if (/(s|sh|ch|x|z|ese)$/i.test(demonym) || demonym.includes(" ") || /^[A-Z.]+$/.test(demonym)) return null;
  return `${demonym}s`;
}

/**
 * Demonyms a dependent territory shares with an independent state ("American", "French") belong
 * to the state: "American troops" are the United States'.
 */
function demonymsOfStates(sources: KnowledgeSources): Map<string, string[]> {
  const ofIndependent = new Set(
    sources.derived.countries.filter((c) => c.independent).flatMap((c) => c.demonyms.map(phraseKey)),
  );
  return new Map(
    sources.derived.countries.map((c) => [
      c.iso3,
      c.independent ? c.demonyms : c.demonyms.filter((d) => !ofIndependent.has(phraseKey(d))),
    ]),
  );
}

function mergeCountries(sources: KnowledgeSources): Map<string, Country> {
  const countries = new Map<string, Country>();
  const demonyms = demonymsOfStates(sources);
  for (const c of sources.derived.countries) {
    countries.set(c.iso3, {
      iso3: c.iso3,
      iso2: c.iso2,
      name: c.name,
      names: [c.name, c.official, ...c.altNames],
      demonyms: demonyms.get(c.iso3) ?? [],
      metonyms: c.capitals,
      lat: c.lat,
      lon: c.lon,
    });
  }
  for (const extra of sources.countries) {
    const base = countries.get(extra.iso3);
    const dropped = new Set(extra.dropNames.map(phraseKey));
    const keep = (names: readonly string[]) => names.filter((n) => !dropped.has(phraseKey(n)));
    const name = extra.name ?? base?.name ?? extra.iso3;
    countries.set(extra.iso3, {
      iso3: extra.iso3,
      iso2: base?.iso2 ?? null,
      name,
      names: keep([...new Set([name, ...(base?.names ?? []), ...extra.names])]),
      // An explicit empty list of demonyms clears the derived ones (a demonym two countries share).
      demonyms:
        extra.demonyms.length === 0 && base && extra.dropNames.length > 0
          ? []
          : keep([...new Set([...(base?.demonyms ?? []), ...extra.demonyms])]),
      metonyms: keep([...new Set([...(base?.metonyms ?? []), ...extra.metonyms])]),
      lat: base?.lat ?? null,
      lon: base?.lon ?? null,
      ...(extra.from ? { from: extra.from } : {}),
      ...(extra.to ? { to: extra.to } : {}),
    });
  }
  return countries;
}

function countryNames(country: Country): Array<[string, ActorRef]> {
  const ref = (via: "name" | "demonym" | "people" | "metonym"): ActorRef => ({
    entity: "country",
    iso3: country.iso3,
    via,
  });
  const names: Array<[string, ActorRef]> = [];
  for (const n of country.names) names.push([n, ref("name")]);
  for (const d of country.demonyms) {
    names.push([d, ref("demonym")]);
    const plural = pluralOfDemonym(d);
    if (plural) names.push([plural, ref("people")]);
  }
  for (const m of country.metonyms) names.push([m, ref("metonym")]);
  return names;
}

function derivedPlaces(sources: KnowledgeSources, countries: ReadonlyMap<string, Country>): Place[] {
  const places: Place[] = [];
  for (const country of countries.values()) {
    if (country.lat === null) continue;
    places.push({
      name: country.name,
      altNames: country.names.filter((n) => n !== country.name),
      country: country.iso3,
      admin1: null,
      lat: country.lat,
      lon: country.lon,
      population: 0,
      level: "country",
      featureCode: "",
      curated: false,
    });
  }
  for (const [name, alt, country, admin1, lat, lon, population, level, featureCode] of sources.derived
    .places) {
    places.push({
      name,
      altNames: alt ? alt.split("|") : [],
      country,
      admin1,
      lat,
      lon,
      population,
      level: level as PlaceLevel,
      featureCode,
      curated: false,
    });
  }
  for (const p of sources.places) {
    places.push({
      name: p.name,
      altNames: p.aliases,
      country: p.country,
      admin1: p.admin1,
      lat: p.lat,
      lon: p.lon,
      population: 0,
      level: p.type === "province" ? "admin1" : p.type === "district" ? "admin2" : p.type,
      featureCode: "",
      curated: true,
    });
  }
  return places;
}

/** Checks that only make sense across files: unique ids and aliases, references that resolve. */
function crossCheck(
  sources: KnowledgeSources,
  countries: ReadonlyMap<string, Country>,
  organisations: ReadonlyMap<string, Organisation>,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const seenIds = new Map<string, string>();
  const aliasOwner = new Map<string, string>();
  const knownCountry = (code: string | null | undefined) => code == null || countries.has(code);

  for (const org of sources.organisations) {
    const where = (path: string) => ({ file: org.file, path: `${org.id}${path}` });
    if (seenIds.has(org.id))
      problems.push({ ...where(""), message: `duplicate id, also in ${seenIds.get(org.id)}` });
    seenIds.set(org.id, org.file);
    if (!knownCountry(org.country))
      problems.push({ ...where(".country"), message: `unknown country ${org.country}` });
    if (org.parent && !organisations.has(org.parent))
      problems.push({ ...where(".parent"), message: `unknown organisation ${org.parent}` });
    for (const [i, period] of org.periods.entries()) {
      if (period.from && period.to && period.from > period.to)
        problems.push({
          ...where(`.periods[${i}]`),
          message: `expected from <= to, found ${period.from} > ${period.to}`,
        });
      if (!knownCountry(period.country))
        problems.push({ ...where(`.periods[${i}].country`), message: `unknown country ${period.country}` });
    }
    for (const alias of [org.name, ...org.aliases]) {
      const key = `${phraseKey(alias)}|${phraseWords(alias)
        .map((w) => w.case)
        .join(",")}`;
      const owner = aliasOwner.get(key);
      if (owner && owner !== org.id)
        problems.push({ ...where(".aliases"), message: `alias "${alias}" also names ${owner}` });
      aliasOwner.set(key, org.id);
    }
  }
  for (const person of sources.people) {
    const where = (path: string) => ({ file: person.file, path: `${person.id}${path}` });
    if (seenIds.has(person.id))
      problems.push({ ...where(""), message: `duplicate id, also in ${seenIds.get(person.id)}` });
    seenIds.set(person.id, person.file);
    for (const [i, role] of person.roles.entries()) {
      if (role.org && !organisations.has(role.org))
        problems.push({ ...where(`.roles[${i}].org`), message: `unknown organisation ${role.org}` });
      if (!knownCountry(role.country))
        problems.push({ ...where(`.roles[${i}].country`), message: `unknown country ${role.country}` });
      if (role.from && role.to && role.from > role.to)
        problems.push({
          ...where(`.roles[${i}]`),
          message: `expected from <= to, found ${role.from} > ${role.to}`,
        });
    }
    if (!knownCountry(person.otherwise?.country))
      problems.push({
        ...where(".otherwise.country"),
        message: `unknown country ${person.otherwise?.country}`,
      });
  }
  for (const [i, place] of sources.places.entries()) {
    if (!knownCountry(place.country))
      problems.push({
        file: "knowledge/places",
        path: `[${i}] ${place.name}`,
        message: `unknown country ${place.country}`,
      });
  }
  return problems;
}

/** Maps every cue word to the mode it implies. */
function modeIndex(modes: Record<string, readonly string[]>, starts: PhraseStarts): PhraseIndex<string> {
  return PhraseIndex.build(
    Object.entries(modes).flatMap(([mode, words]) => words.map((w) => [w, mode] as const)),
    starts,
  );
}

/** Compiles validated sources into the immutable indexes of a KnowledgeBase. Pure: no I/O. */
export function compileKnowledgeBase(sources: KnowledgeSources): {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
} {
  const countries = mergeCountries(sources);
  const organisations = new Map<string, Organisation>(
    sources.organisations.map(({ file: _, ...o }) => [o.id, o]),
  );
  const people = new Map<string, Person>(sources.people.map(({ file: _, ...p }) => [p.id, p]));
  const problems = crossCheck(sources, countries, organisations);

  const actorNames: Array<[string, ActorRef]> = [...countries.values()].flatMap(countryNames);
  for (const org of organisations.values()) {
    actorNames.push([org.name, { entity: "organisation", id: org.id, via: "name" }]);
    for (const alias of org.aliases)
      actorNames.push([alias, { entity: "organisation", id: org.id, via: "alias" }]);
  }
  for (const person of people.values()) {
    actorNames.push([person.name, { entity: "person", id: person.id, via: "name" }]);
    for (const alias of person.aliases)
      actorNames.push([alias, { entity: "person", id: person.id, via: "alias" }]);
    for (const short of person.short)
      actorNames.push([short, { entity: "person", id: person.id, via: "short" }]);
  }

  const { institutions, rolePatterns } = sources;
  const extensions: Array<[string, ActorExtension]> = [
    ...institutions.stateInstitutions.map(
      (phrase) => [phrase, { role: "institution", phrase }] as [string, ActorExtension],
    ),
    ...institutions.stateOffices.map(
      (phrase) => [phrase, { role: "office", phrase }] as [string, ActorExtension],
    ),
    ...institutions.civilianNouns.map(
      (phrase) => [phrase, { role: "civilians", phrase }] as [string, ActorExtension],
    ),
    ...institutions.memberNouns.map(
      (phrase) => [phrase, { role: "members", phrase }] as [string, ActorExtension],
    ),
  ];

  const triggerForms: Array<[string, TriggerForm]> = sources.triggers.flatMap((trigger) => {
    const objects = trigger.objects.length
      ? PhraseIndex.build(trigger.objects.map((o) => [o, o] as const))
      : null;
    return [
      ...trigger.verbs.map((v): [string, TriggerForm] => [v, { trigger, form: "verb", objects }]),
      ...trigger.nouns.map((n): [string, TriggerForm] => [n, { trigger, form: "noun", objects }]),
    ];
  });
  // The indexes looked up at every token take a bit each (see PhraseStarts); a trigger's objects
  // and the gazetteer, looked up only after a trigger or at a capital, need none.
  const phraseStarts = new PhraseStarts();
  const phraseSet = (list: readonly string[]) =>
    PhraseIndex.build(
      list.map((p) => [p, p] as const),
      phraseStarts,
    );
  const { cues } = sources;
  const cueIndexes: CueIndexes = {
    speech: phraseSet(cues.speech),
    negation: phraseSet(cues.negation),
    hypothetical: phraseSet(cues.hypothetical),
    lightVerbs: phraseSet(cues.lightVerbs),
    responsibility: phraseSet(cues.responsibility),
    causal: phraseSet(cues.causal),
    statementNouns: phraseSet(cues.statementNouns),
    groupAnaphors: phraseSet(cues.groupAnaphors),
    eventAnaphors: phraseSet(cues.eventAnaphors),
    personAnaphors: phraseSet(cues.personAnaphors),
    speakerPronouns: phraseSet(cues.speakerPronouns),
    pairAnaphors: phraseSet(cues.pairAnaphors),
    pairOpeners: phraseSet(cues.pairOpeners),
    pairHeads: phraseSet(cues.pairHeads),
    modes: modeIndex(cues.modes, phraseStarts),
    statementModes: new Map(
      Object.entries(cues.statementModes).map(([type, modes]) => [type, modeIndex(modes, phraseStarts)]),
    ),
  };

  let gazetteer: Gazetteer | null = null;
  const kb: KnowledgeBase = {
    countries,
    organisations,
    people,
    actorNames: PhraseIndex.build(actorNames, phraseStarts),
    actorExtensions: PhraseIndex.build(extensions, phraseStarts),
    organisationHeads: new Set(institutions.organisationHeads.map(foldWord)),
    facilityTargets: PhraseIndex.build(
      Object.entries(institutions.facilityTargets).flatMap(([kind, nouns]) =>
        nouns.map((n) => [n, kind as "STATE" | "CIVILIANS"] as const),
      ),
      phraseStarts,
    ),
    armedGroupNouns: PhraseIndex.build(
      Object.entries(institutions.armedGroupNouns).flatMap(([kind, nouns]) =>
        nouns.map((n) => [n, kind as "REBEL" | "MILITIA"] as const),
      ),
      phraseStarts,
    ),
    bareStateNouns: PhraseIndex.build(
      institutions.bareStateNouns.map((n) => [n, n] as const),
      phraseStarts,
    ),
    modifierStateNouns: new Set(institutions.modifierStateNouns.map(foldWord)),
    roleNouns: PhraseIndex.build(
      rolePatterns.roles.map((r) => [r, r] as const),
      phraseStarts,
    ),
    formerMarkers: new Set(rolePatterns.formerMarkers.map(foldWord)),
    personTitles: PhraseIndex.build(
      rolePatterns.titles.map((t) => [t, t] as const),
      phraseStarts,
    ),
    functionWords: new Set(sources.functionWords.map(foldWord)),
    eventTriggers: PhraseIndex.build(triggerForms, phraseStarts),
    cues: cueIndexes,
    phraseStarts,
    get places() {
      gazetteer ??= new Gazetteer(derivedPlaces(sources, countries));
      return gazetteer;
    },
  };
  return { kb, problems };
}
