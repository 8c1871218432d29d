/**
 * A deterministic corpus of short, made-up news reports about armed conflicts, for benchmarks.
 * The actors, officials and places come from the knowledge base; the sentence templates are our
 * own. The same knowledge base and seed always give the same corpus.
 */
import type { IsoDate } from "../src/core/isoDate.ts";
import type { SourceDocument } from "../src/core/SourceDocument.ts";
import type { KnowledgeBase } from "../src/knowledge/KnowledgeBase.ts";
import type { Country, Organisation } from "../src/knowledge/types.ts";

/** One generated report: `published` is the reference date for "on Tuesday" and "last month". */
export interface CorpusDocument {
  id: string;
  text: string;
  published: IsoDate;
}

/** A generated report as a plain-text source document, dated by its publication. */
export function toSourceDocument({
  id,
  text,
  published,
}: CorpusDocument): SourceDocument & { published: IsoDate } {
  return { id, format: "text", text, title: null, url: null, source: null, published, frontMatter: null };
}

/** How many documents to generate, and the seed that makes the corpus reproducible. */
export interface CorpusOptions {
  documents: number;
  seed: number;
}

/** A country where fighting is reported: its armed groups, officials and towns. */
interface Theatre {
  country: Country;
  groups: Organisation[];
  officials: { name: string; title: string }[];
  places: string[];
}

/** Everything a report draws on: where it happens, who fights, who comments and when it appeared. */
interface Scene {
  rng: Rng;
  published: IsoDate;
  home: Theatre;
  rival: Theatre;
  group: Organisation;
  mediator: Organisation;
}

interface Rng {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

const FIRST_PERIOD_DAY = Date.UTC(2025, 0, 1);
const PERIOD_DAYS = 540;
const DAY_MS = 86_400_000;
const MIN_PLACES = 4;
const PLACES_PER_THEATRE = 40;
const MIN_TOWN_POPULATION = 20_000;
const DOCUMENT_LENGTH = { min: 1_500, max: 2_700 };
const REPEATED_PARAGRAPH_CHANCE = 0.2;
const REPUBLISHED_STORY_CHANCE = 0.03;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const SPELLED = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** Mulberry32: a small, fast, seeded PRNG, so the corpus never depends on Math.random. */
function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T,
    chance: (probability) => next() < probability,
  };
}

// ---------------------------------------------------------------------------------------------
// The cast, from the knowledge base

/** Towns of each country worth reporting from: curated places first, then the largest towns. */
function placesByCountry(kb: KnowledgeBase): Map<string, string[]> {
  const ranked = kb.places.places
    .filter((p) => p.curated || (p.level === "city" && p.population >= MIN_TOWN_POPULATION))
    .sort((a, b) => Number(b.curated) - Number(a.curated) || b.population - a.population);
  const byCountry = new Map<string, string[]>();
  for (const place of ranked) {
    const names = byCountry.get(place.country) ?? [];
    if (names.length < PLACES_PER_THEATRE && !names.includes(place.name)) names.push(place.name);
    byCountry.set(place.country, names);
  }
  return byCountry;
}

/** Office holders of each country whose role is current in the corpus period. */
function officialsByCountry(kb: KnowledgeBase): Map<string, { name: string; title: string }[]> {
  const periodStart = new Date(FIRST_PERIOD_DAY).toISOString().slice(0, 10);
  const byCountry = new Map<string, { name: string; title: string }[]>();
  for (const person of kb.people.values())
    for (const role of person.roles)
      if (role.country && (!role.to || role.to >= periodStart)) {
        const officials = byCountry.get(role.country) ?? [];
        officials.push({ name: person.name, title: role.title });
        byCountry.set(role.country, officials);
      }
  return byCountry;
}

/** Countries with armed groups, office holders and enough towns to set reports in. */
function theatresOf(kb: KnowledgeBase): Theatre[] {
  const places = placesByCountry(kb);
  const officials = officialsByCountry(kb);
  const groups = [...kb.organisations.values()].filter((o) => o.kind === "REBEL" || o.kind === "MILITIA");
  return [...kb.countries.values()]
    .map((country) => ({
      country,
      groups: groups.filter((g) => g.country === country.iso3),
      officials: officials.get(country.iso3) ?? [],
      places: places.get(country.iso3) ?? [],
    }))
    .filter((t) => t.groups.length > 0 && t.officials.length > 0 && t.places.length >= MIN_PLACES);
}

function distance(a: Country, b: Country): number {
  return Math.hypot((a.lat ?? 0) - (b.lat ?? 0), (a.lon ?? 0) - (b.lon ?? 0));
}

/** The theatre nearest to `home`: the neighbour it trades accusations and strikes with. */
function nearestRival(home: Theatre, theatres: readonly Theatre[]): Theatre {
  const others = theatres.filter((t) => t !== home);
  return others.reduce((best, t) =>
    distance(home.country, t.country) < distance(home.country, best.country) ? t : best,
  );
}

// ---------------------------------------------------------------------------------------------
// Words and phrases

function isoDay(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A number as a reporter would write it: small ones often spelled out. */
function numberWord(rng: Rng, n: number): string {
  return n <= 20 && rng.chance(0.5) ? (SPELLED[n] as string) : String(n);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function demonym(t: Theatre): string {
  return t.country.demonyms[0] ?? t.country.name;
}

/** A day shortly before publication, as "on Tuesday" or "on 22 February 2026". */
function dayPhrase(s: Scene): string {
  const day = new Date(dayMs(s.published) - s.rng.int(1, 6) * DAY_MS);
  return s.rng.chance(0.7)
    ? `on ${WEEKDAYS[day.getUTCDay()]}`
    : `on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** When something happened: a day, a part of one, or a vaguer time relative to publication. */
function datePhrase(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    () => dayPhrase(s),
    () => dayPhrase(s),
    () => `late ${dayPhrase(s)}`,
    () => `early ${dayPhrase(s)}`,
    () => "overnight",
    () => "earlier this week",
    () => "last month",
  ])();
}

function attribution(s: Scene): string {
  return s.rng.pick([
    "according to officials",
    "police said",
    "a local official told reporters",
    "the military said in a statement",
    "according to hospital sources",
    "residents said",
    "the provincial health department said",
    "according to a security source who asked not to be named",
  ]);
}

function forces(t: Theatre, rng: Rng): string {
  return rng.pick([
    `${demonym(t)} security forces`,
    `${demonym(t)} troops`,
    `the ${demonym(t)} army`,
    `${demonym(t)} soldiers`,
    `${demonym(t)} border guards`,
  ]);
}

function groupName(g: Organisation, rng: Rng): string {
  return rng.chance(0.6) || g.aliases.length === 0 ? g.name : rng.pick(g.aliases);
}

function official(t: Theatre, rng: Rng): string {
  const { name, title } = rng.pick(t.officials);
  return `${possessive(t.country.name)} ${title} ${name}`;
}

function victims(rng: Rng): string {
  return rng.pick([
    "civilians",
    "soldiers",
    "police officers",
    "people",
    "militants",
    "members of the security forces",
    "women and children",
  ]);
}

/** A casualty count as a sentence of its own: "at least 13 civilians were killed". */
function casualtyClause(s: Scene): string {
  const { rng } = s;
  const killed = numberWord(rng, rng.int(2, 45));
  const wounded = numberWord(rng, rng.int(3, 80));
  return rng.pick([
    `at least ${killed} ${victims(rng)} were killed`,
    `${killed} ${victims(rng)} died and ${wounded} more were hurt`,
    `${killed} ${victims(rng)} were killed and ${wounded} wounded`,
  ]);
}

/** A casualty count that follows the act it reports: "killing seven people and wounding 20 others". */
function casualtyParticiple(s: Scene): string {
  const { rng } = s;
  const killed = numberWord(rng, rng.int(2, 45));
  const wounded = numberWord(rng, rng.int(3, 80));
  return rng.pick([
    `killing ${killed} ${victims(rng)} and wounding ${wounded} others`,
    `leaving ${killed} dead and ${wounded} injured`,
    `killing at least ${killed} ${victims(rng)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Paragraph templates, one per kind of report

function attackParagraph(s: Scene): string {
  const { rng } = s;
  const target = rng.pick([
    "a police station",
    "a military convoy",
    "a checkpoint",
    "an army post",
    "a market",
  ]);
  return (
    `Fighters of ${groupName(s.group, rng)} attacked ${target} in ${rng.pick(s.home.places)} ` +
    `${datePhrase(s)}, ${casualtyParticiple(s)}, ${attribution(s)}. ` +
    `The gunmen fled before reinforcements arrived, and a search operation was under way.`
  );
}

function airStrikeParagraph(s: Scene): string {
  const { rng } = s;
  const place = rng.pick(s.home.places);
  return rng.pick([
    `${demonym(s.rival)} jets carried out air strikes on what ${s.rival.country.name} called hideouts of ` +
      `${groupName(s.group, rng)} near ${place} ${datePhrase(s)}. Local officials said ${casualtyClause(s)}.`,
    `A drone strike hit a house in ${place} ${datePhrase(s)}, ${casualtyParticiple(s)}, ${attribution(s)}. ` +
      `${capitalise(s.home.country.name)} blamed ${s.rival.country.name} for the raid.`,
    `${s.rival.country.name} bombed positions of ${groupName(s.group, rng)} in ${place} ${datePhrase(s)}; ` +
      `${casualtyClause(s)}, ${attribution(s)}.`,
  ]);
}

function shellingParagraph(s: Scene): string {
  const { rng } = s;
  return (
    `Artillery shells fired from across the border landed in villages around ${rng.pick(s.home.places)} ` +
    `${datePhrase(s)}, ${casualtyParticiple(s)}. The shelling went on for ` +
    `${numberWord(rng, rng.int(2, 9))} hours and damaged dozens of homes, ${attribution(s)}.`
  );
}

function clashParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `Heavy fighting broke out between ${forces(s.home, rng)} and ${groupName(s.group, rng)} near ` +
      `${rng.pick(s.home.places)} ${datePhrase(s)}, ${attribution(s)}. ${capitalise(casualtyClause(s))}.`,
    `${capitalise(forces(s.home, rng))} and ${forces(s.rival, rng)} exchanged fire along the frontier ` +
      `${datePhrase(s)}; ${casualtyClause(s)} on both sides, ${attribution(s)}.`,
  ]);
}

function accusationParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `${official(s.home, rng)} accused ${s.rival.country.name} of sheltering ${groupName(s.group, rng)} ` +
      `and of letting its fighters cross the border to stage attacks.`,
    `${official(s.rival, rng)} said ${s.home.country.name} had failed to rein in armed groups and ` +
      `warned that ${s.rival.country.name} would respond to any further attack.`,
  ]);
}

function denialParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `${s.rival.country.name} rejected the accusation as baseless, insisting it does not allow its ` +
      `territory to be used against any neighbour.`,
    `A spokesman for ${groupName(s.group, rng)} denied any role in the attack ${datePhrase(s)}.`,
    `${official(s.home, rng)} denied that civilians had been hit, saying only militants were targeted.`,
  ]);
}

function condemnationParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `The ${s.mediator.name} condemned the violence and called on both sides to show restraint.`,
    `${official(s.rival, rng)} condemned the killing of civilians in ${rng.pick(s.home.places)} ` +
      `and demanded an independent inquiry.`,
  ]);
}

function talksParagraph(s: Scene): string {
  const { rng } = s;
  return (
    `Delegations from ${s.home.country.name} and ${s.rival.country.name} met in ` +
    `${rng.pick(s.rival.places)} ${datePhrase(s)} for talks on easing the tension, with ` +
    `the ${s.mediator.name} acting as mediator. No agreement was announced after ` +
    `${numberWord(rng, rng.int(2, 12))} hours of discussion.`
  );
}

function ceasefireParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `The two sides agreed to a ceasefire that took effect at midnight ${dayPhrase(s)}, ` +
      `according to a statement from the ${s.mediator.name}.`,
    `A truce brokered by the ${s.mediator.name} ${datePhrase(s)} appeared to be holding, although ` +
      `residents of ${rng.pick(s.home.places)} reported sporadic gunfire.`,
  ]);
}

function arrestParagraph(s: Scene): string {
  const { rng } = s;
  return (
    `Police in ${rng.pick(s.home.places)} arrested ${numberWord(rng, rng.int(2, 30))} suspects ` +
    `${datePhrase(s)} in connection with the attack, ${attribution(s)}. Officials said the men ` +
    `belonged to ${groupName(s.group, rng)}.`
  );
}

function backgroundParagraph(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `Relations between ${s.home.country.name} and ${s.rival.country.name} have worsened over the past ` +
      `year, with each side blaming the other for a rise in cross-border violence.`,
    `${capitalise(groupName(s.group, rng))} has waged an insurgency in the region for years, and its attacks ` +
      `have grown more frequent since ${MONTHS[rng.int(0, 11)]}.`,
    `Hospitals in ${rng.pick(s.home.places)} said they were struggling to treat the wounded, ` +
      `and aid agencies warned of shortages of medicine and fuel.`,
  ]);
}

const PARAGRAPHS: readonly ((s: Scene) => string)[] = [
  attackParagraph,
  airStrikeParagraph,
  shellingParagraph,
  clashParagraph,
  accusationParagraph,
  denialParagraph,
  condemnationParagraph,
  talksParagraph,
  ceasefireParagraph,
  arrestParagraph,
  backgroundParagraph,
];

function headline(s: Scene): string {
  const { rng } = s;
  return rng.pick([
    `${numberWord(rng, rng.int(3, 30))} killed in ${rng.pick(s.home.places)} as fighting spreads`,
    `${s.home.country.name} accuses ${s.rival.country.name} over deadly raid`,
    `${s.mediator.name} urges calm after clashes near ${rng.pick(s.home.places)}`,
    `${groupName(s.group, rng)} attack kills security personnel`,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Documents

/** A report of a few paragraphs, one of them sometimes repeated as agency copy often is. */
function reportText(s: Scene): string {
  const { rng } = s;
  const length = rng.int(DOCUMENT_LENGTH.min, DOCUMENT_LENGTH.max);
  const paragraphs = [capitalise(headline(s))];
  for (let size = 0; size < length; ) {
    const paragraph = rng.pick(PARAGRAPHS)(s);
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  if (rng.chance(REPEATED_PARAGRAPH_CHANCE)) paragraphs.push(rng.pick(paragraphs.slice(1)));
  return paragraphs.join("\n\n");
}

/** International bodies that could plausibly speak about a theatre: global ones and its own. */
function mediatorsFor(home: Theatre, rival: Theatre, igos: readonly Organisation[]): Organisation[] {
  return igos.filter(
    (o) => o.country === null || o.country === home.country.iso3 || o.country === rival.country.iso3,
  );
}

function sceneFor(rng: Rng, theatres: readonly Theatre[], igos: readonly Organisation[]): Scene {
  const home = rng.pick(theatres);
  const rival = nearestRival(home, theatres);
  return {
    rng,
    published: isoDay(FIRST_PERIOD_DAY + rng.int(0, PERIOD_DAYS) * DAY_MS),
    home,
    rival,
    group: rng.pick(home.groups),
    mediator: rng.pick(mediatorsFor(home, rival, igos)),
  };
}

/**
 * Generates `documents` short news reports from the knowledge base's countries, armed groups,
 * office holders and places: attacks, air strikes, shelling, clashes, accusations, denials,
 * condemnations, talks, ceasefires and arrests, with casualty figures, dates, attributions and
 * some repeated paragraphs and republished stories. Deterministic for a given `seed`.
 */
export function generateCorpus(kb: KnowledgeBase, { documents, seed }: CorpusOptions): CorpusDocument[] {
  const rng = seededRng(seed);
  const theatres = theatresOf(kb);
  const igos = [...kb.organisations.values()].filter((o) => o.kind === "IGO");
  const corpus: CorpusDocument[] = [];
  for (let i = 0; i < documents; i++) {
    const scene = sceneFor(rng, theatres, igos);
    const earlier = corpus.length > 0 && rng.chance(REPUBLISHED_STORY_CHANCE) ? rng.pick(corpus) : null;
    corpus.push({
      id: `bench-${String(i + 1).padStart(5, "0")}`,
      text: earlier ? earlier.text : reportText(scene),
      published: scene.published,
    });
  }
  return corpus;
}
