import type { ConflictEvent } from "../core/ConflictEvent.ts";
import type { DateRange } from "../core/DateRange.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { ActorMention } from "../extract/ActorMention.ts";
import type { EventCandidate } from "../extract/EventCandidate.ts";
import type { DocumentExtraction } from "../extract/extractCandidates.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { completeClashesFromCauses } from "./completeClashesFromCauses.ts";
import { completeGovernmentSide } from "./completeGovernmentSide.ts";
import { completeTargetsFromDyad } from "./completeTargetsFromDyad.ts";
import { completeTargetsFromResponses } from "./completeTargetsFromResponses.ts";
import {
  completeTargetsFromCountryStruck,
  completeTargetsFromTerritory,
} from "./completeTargetsFromTerritory.ts";
import { contextCountries } from "./contextCountries.ts";
import { type DateContext, dateOfCandidate } from "./dateOfCandidate.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { eventsByCandidate, type ResolvedEvent, resolveCandidate } from "./resolveCandidates.ts";
import { resolveDateExpression } from "./resolveDateExpression.ts";

const ACTORLESS_TYPES = new Set(["MOBILIZE", "COERCE"]);
/** The rule of a causal cue that gives a motive: retaliation, response, reprisal, revenge, reaction. */
const MOTIVE_CUE = /^causal-cue:.*(retaliat|respon|repris|reveng|aveng|reacti)/;

/** How far back (in sentences) "the strikes" may refer to an earlier event. */
const ANAPHORA_WINDOW = 3;
/** How far (in sentences) an act's date carries to acts in sentences that give none. */
const DATE_CARRY_WINDOW = 2;

export interface AssembledEvent {
  event: ConflictEvent;
  /** Rule ids of every candidate merged into the event, for --explain. */
  rules: string[];
  /** The mentions the event used, as text, for --explain. */
  mentions: { source: string | null; target: string | null; attribution: string | null; trigger: string };
  /** What the actors and places were resolved to in the knowledge base, for the store. */
  resolved: {
    source: ResolvedActor | null;
    target: ResolvedActor | null;
    attribution: ResolvedActor | null;
    /** Knowledge-base id of each location's place, by location name. */
    placeIds: Record<string, string>;
  };
}

/**
 * A death toll stated with its period and no act of its own ("SNHR documented 803 deaths between
 * March 6 and March 10") dates the acts the next sentences break it into.
 */
function tollDateBefore(
  extraction: DocumentExtraction,
  sentence: number,
  published: IsoDate,
  previous: { date: DateRange; sentence: number } | null,
): { date: DateRange; sentence: number } | null {
  for (let s = sentence - 1; s > (previous?.sentence ?? -1) && s >= sentence - DATE_CARRY_WINDOW; s--) {
    const facts = extraction.facts[s];
    if (!facts || facts.triggers.length > 0 || facts.casualties.length === 0) continue;
    const dates = facts.dates.filter((e) => e.anchor === "absolute" || e.anchor === "range");
    const last = dates[dates.length - 1];
    const date = last ? resolveDateExpression(last, published) : null;
    if (date) return { date, sentence: s };
  }
  return previous;
}

/** The last absolute date the sentence before names ("... began in 2020."), what "the following year" counts from. */
function lastNamedDate(
  extraction: DocumentExtraction,
  sentence: number,
  published: IsoDate,
): DateRange | null {
  const dates = extraction.facts[sentence - 1]?.dates.filter((e) => e.anchor === "absolute") ?? [];
  const last = dates[dates.length - 1];
  return last ? resolveDateExpression(last, published) : null;
}

// Words that open a clause about an earlier or later time than the sentence's news.
const TEMPORAL_SUBORDINATORS = new Set(["after", "since", "before", "following", "until"]);

/**
 * An event named in a clause that times another ("... has been witnessed after the ceasefire was
 * renewed on February 25, 2021") is background: its date is not where the story is in time.
 */
function isBackground(extraction: DocumentExtraction, candidate: EventCandidate): boolean {
  const facts = extraction.facts[candidate.sentence.index];
  if (!facts) return false;
  const { tokens } = candidate.sentence;
  const at = candidate.trigger.tokenStart;
  const earlier = facts.triggers.filter((t) => t.tokenEnd <= at).pop();
  if (!earlier) return false;
  for (let k = at - 1; k >= Math.max(earlier.tokenEnd, at - 8); k--)
    if (TEMPORAL_SUBORDINATORS.has(tokens[k]?.fold ?? "")) return true;
  return false;
}

/** The date of an act too bare to report, when it tells where the story is in time. */
function unreportedActDate(
  extraction: DocumentExtraction,
  candidate: EventCandidate,
  context: DateContext,
): DateRange | null {
  if (candidate.hypothetical || candidate.trigger.trigger.frame !== "act") return null;
  if (isBackground(extraction, candidate)) return null;
  const facts = extraction.facts[candidate.sentence.index];
  return facts ? dateOfCandidate(facts, candidate, context) : null;
}

/**
 * Clashes that name no side, told as a plural noun ("skirmishes escalated into serious clashes"):
 * the document's pair may give them. ("Both sides were urged to stop fighting" tells no clash.)
 */
function isUnnamedClash(c: EventCandidate): boolean {
  // "Fighting broke out after X attacked Y": the act answered may give the sides.
  const told = c.trigger.form === "noun" && (/s$/.test(c.trigger.text) || c.respondsTo.length > 0);
  return told && c.mode === "armed_clash" && !c.hypothetical && !c.anaphoric && !c.source && !c.target;
}

/** A visit to a place of one's own country that meets no one ("the minister arrived in Quetta"): no consultation. */
function isHomeVisit(r: ResolvedEvent): boolean {
  const { event } = r;
  if (event.type !== "CONSULT" || event.mode !== "visit" || event.target || !event.source?.country)
    return false;
  return event.locations.length > 0 && event.locations.every((l) => l.country === event.source?.country);
}

function hasNeededSource(r: ResolvedEvent): boolean {
  const kinds = r.candidate.trigger.trigger.sourceKinds;
  return !kinds || (r.source !== null && kinds.includes(r.source.kind));
}

const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "is", "are"]);
const CONCLUDED = new Set(["signed", "reached", "concluded", "agreed", "struck", "brokered", "sealed"]);

/** "a peace agreement was signed between the warring parties": an agreement made, whoever made it. */
function isConcludedAgreement(c: EventCandidate): boolean {
  if (c.type !== "AGREE" || c.trigger.form !== "noun") return false;
  const { tokens } = c.sentence;
  const at = c.trigger.tokenEnd;
  const auxiliary = PASSIVE_AUXILIARIES.has(tokens[at]?.fold ?? "") ? at : at + 1;
  return (
    PASSIVE_AUXILIARIES.has(tokens[auxiliary]?.fold ?? "") && CONCLUDED.has(tokens[auxiliary + 1]?.fold ?? "")
  );
}

/** Whether a candidate states an event at all (GUIDELINE §1): not hypothetical, and someone or somewhere to it. */
function isReportable(c: EventCandidate): boolean {
  if (c.hypothetical) return false;
  if (c.anaphoric) return true;
  if (c.trigger.trigger.frame === "speech") return c.source !== null;
  if (c.source !== null || c.target !== null || c.fatalities !== null || c.injuries !== null) return true;
  // A deployment, alert, ban or closure is news even when the text names nobody: "bus stations
  // have been put on high alert", "a ban has been imposed" — when it says where, or when a passive
  // verb says what it fell on.
  if (isConcludedAgreement(c)) return true;
  return (
    ACTORLESS_TYPES.has(c.type) && (c.places.length > 0 || (c.trigger.form === "verb" && c.trigger.passive))
  );
}

/** "the closure of the Rafah crossing" is not the closure of Torkham just reported: named places must meet. */
function placesAgree(a: ResolvedEvent, b: ResolvedEvent): boolean {
  const names = new Set(a.event.locations.map((l) => l.name));
  return !names.size || !b.event.locations.length || b.event.locations.some((l) => names.has(l.name));
}

const keyOf = (r: ResolvedEvent, role: "source" | "target") => r[role]?.key ?? null;
const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;

function datesOverlap(a: ResolvedEvent, b: ResolvedEvent): boolean {
  const x = a.event.date;
  const y = b.event.date;
  return !x || !y || (x.start <= y.end && y.start <= x.end);
}

/** Words before a trigger that say it is one more act: "also claimed an attack", "another raid". */
const ANOTHER = new Set(["another", "also", "separate"]);
/** How many words before the trigger may say so. */
const ANOTHER_REACH = 3;

/** Whether a trigger is introduced as an act not yet told: "the group also claimed an attack on a bank". */
function introducesAnother(c: EventCandidate): boolean {
  const { tokens } = c.sentence;
  for (let k = c.trigger.tokenStart - 1; k >= Math.max(0, c.trigger.tokenStart - ANOTHER_REACH); k--)
    if (ANOTHER.has(tokens[k]?.fold ?? "")) return true;
  return false;
}

/** Whether x, or a candidate merged into it, answers y. */
function respondsTo(x: ResolvedEvent, y: ResolvedEvent): boolean {
  return [x.candidate, ...x.merged].some((c) => c.respondsTo.includes(y.candidate));
}

/** Whether a mention names a person: by name, or by an office ("Pakistan's defence minister"). */
function namesPerson(mention: ActorMention): boolean {
  return mention.extension?.role === "office" || mention.refs.some((ref) => ref.entity === "person");
}

/**
 * A statement by a person and one by the party itself, past the headline, are two statements:
 * "Pakistan has accused India of ..." and then "its defence minister has called the groups Indian
 * proxies".
 */
function separateStatements(a: ResolvedEvent, b: ResolvedEvent): boolean {
  if (a.candidate.trigger.trigger.frame !== "speech" || b.candidate.trigger.trigger.frame !== "speech")
    return false;
  if (a.candidate.sentence.index === 0 || !a.candidate.source || !b.candidate.source) return false;
  return namesPerson(a.candidate.source.mention) !== namesPerson(b.candidate.source.mention);
}

/** Whether b restates a: same type and actors (same sentence: actors that do not conflict), dates that overlap. */
function restates(a: ResolvedEvent, b: ResolvedEvent): boolean {
  if (a.event.type !== b.event.type || !datesOverlap(a, b)) return false;
  // "ended without an agreement" is not the ceasefire that "remains in effect".
  if (a.event.negated !== b.event.negated) return false;
  // One answers the other ("shelling ... after the missile strikes"): two events, not one.
  if (respondsTo(a, b) || respondsTo(b, a)) return false;
  const modesAgree =
    a.event.mode === b.event.mode || GENERIC_MODES.has(a.event.mode) || GENERIC_MODES.has(b.event.mode);
  if (a.candidate.sentence.index === b.candidate.sentence.index && a.event.type === "ASSAULT")
    return (
      modesAgree &&
      compatible(keyOf(a, "source"), keyOf(b, "source")) &&
      compatible(keyOf(a, "target"), keyOf(b, "target"))
    );
  if (!modesAgree || introducesAnother(b.candidate)) return false;
  if (separateStatements(a, b)) return false;
  // A clash, talks or an agreement has no direction: "X and Y" restates "Y and X".
  const swapped =
    a.candidate.trigger.trigger.frame === "mutual" &&
    b.candidate.trigger.trigger.frame === "mutual" &&
    keyOf(a, "source") === keyOf(b, "target") &&
    keyOf(a, "target") === keyOf(b, "source");
  const sameSource = swapped || keyOf(a, "source") === keyOf(b, "source");
  const sameTarget = swapped || keyOf(a, "target") === keyOf(b, "target");
  return sameSource && sameTarget && (keyOf(a, "source") !== null || keyOf(a, "target") !== null);
}

const lastSentenceOf = (r: ResolvedEvent) =>
  Math.max(...[r.candidate, ...r.merged].map((c) => c.sentence.index));

/**
 * The act a claim of responsibility for "the attack" takes up: an attack just reported whose
 * perpetrator is unknown or the claimant; failing that, the first such attack of the document,
 * the one the story is about.
 */
function claimedAct(kept: readonly ResolvedEvent[], claim: ResolvedEvent): ResolvedEvent | null {
  const claimant = keyOf(claim, "source");
  const open = kept.filter(
    (k) =>
      k.event.type === "ASSAULT" &&
      !k.event.negated &&
      compatible(keyOf(k, "source"), claimant) &&
      compatible(keyOf(k, "target"), keyOf(claim, "target")),
  );
  const sentence = claim.candidate.sentence.index;
  return open.findLast((k) => sentence - lastSentenceOf(k) <= ANAPHORA_WINDOW) ?? open[0] ?? null;
}

// A specific mode says more than a generic one: keep "air" over "attack" when merging.
const GENERIC_MODES = new Set(["attack", "other"]);

function mergeInto(kept: ResolvedEvent, other: ResolvedEvent) {
  kept.merged.push(other.candidate, ...other.merged);
  const spans = [...kept.event.evidence, ...other.event.evidence];
  const unique = new Map(spans.map((e) => [`${e.start}:${e.end}`, e]));
  kept.event.evidence = [...unique.values()].sort((a, b) => a.start - b.start);
  if (GENERIC_MODES.has(kept.event.mode) && !GENERIC_MODES.has(other.event.mode))
    kept.event.mode = other.event.mode;
  kept.source ??= other.source;
  kept.event.source ??= other.event.source;
  kept.target ??= other.target;
  kept.event.target ??= other.event.target;
  kept.event.date ??= other.event.date;
  kept.event.fatalities ??= other.event.fatalities;
  kept.event.injuries ??= other.event.injuries;
  kept.event.attribution ??= other.event.attribution;
  kept.attribution ??= other.attribution;
  for (const [name, id] of other.placeIds) if (!kept.placeIds.has(name)) kept.placeIds.set(name, id);
  const names = new Set(kept.event.locations.map((l) => l.name));
  kept.event.locations.push(...other.event.locations.filter((l) => !names.has(l.name)));
}

/**
 * An undated response ("India strongly condemns Pakistan's airstrikes") came after what it answers
 * and before the report: from the latest start of its dated causes to the publication date.
 */
function dateAfterCauses(
  r: ResolvedEvent,
  eventOf: ReadonlyMap<EventCandidate, ResolvedEvent>,
  published: IsoDate,
): DateRange | null {
  let latest: DateRange | null = null;
  for (const c of [r.candidate, ...r.merged])
    for (const cause of c.respondsTo) {
      const date = eventOf.get(cause)?.event.date;
      if (date && (!latest || date.start > latest.start)) latest = date;
    }
  if (!latest || latest.start > published) return null;
  return { start: latest.start, end: published, precision: latest.precision };
}

/**
 * The event as printed: the id first, the links to other events after the evidence, the document
 * last. Every field is listed, so that all events share one shape (a rest-and-spread copy is slow).
 */
function printedEvent(event: ResolvedEvent["event"], id: string, inResponseTo: string[]): ConflictEvent {
  return {
    id,
    type: event.type,
    mode: event.mode,
    source: event.source,
    target: event.target,
    date: event.date,
    locations: event.locations,
    fatalities: event.fatalities,
    injuries: event.injuries,
    attribution: event.attribution,
    negated: event.negated,
    evidence: event.evidence,
    in_response_to: inResponseTo,
    doc: event.doc,
  };
}

/**
 * Whether a candidate is reported: a reportable act, an unnamed clash, or an act another names as
 * its motive (`causes`).
 */
function isReportableAmong(c: EventCandidate, causes: ReadonlySet<EventCandidate>): boolean {
  return (
    isReportable(c) ||
    isUnnamedClash(c) ||
    (causes.has(c) && !c.hypothetical && c.trigger.trigger.frame === "act")
  );
}

/** Whether an anaphoric event ("the ceasefire") of sentence `sentence` takes up the kept event k. */
function takesUp(k: ResolvedEvent, resolved: ResolvedEvent, sentence: number): boolean {
  return (
    k.event.type === resolved.event.type &&
    sentence - lastSentenceOf(k) <= ANAPHORA_WINDOW &&
    placesAgree(k, resolved)
  );
}

/**
 * Turns a document's candidates into its events: resolves them, merges restatements of one event
 * (a definite "the strikes" into the strikes just reported; the same act stated twice) into one
 * record with several evidence spans, numbers them e1, e2 ... and links responses to causes.
 */
export function assembleEvents(
  kb: KnowledgeBase,
  extraction: DocumentExtraction,
  published: IsoDate,
): AssembledEvent[] {
  const kept: ResolvedEvent[] = [];
  const countries = contextCountries(kb, extraction);
  let previous: { date: DateRange; sentence: number } | null = null;
  // An act the text names as the motive of another ("in retaliation for recent terror attacks")
  // is presented as having happened, even when the text names no one. (What merely came before,
  // "after the fighting", is often no event of its own.)
  const causes = new Set(
    extraction.candidates.filter((c) => c.rules.some((r) => MOTIVE_CUE.test(r))).flatMap((c) => c.respondsTo),
  );
  for (const candidate of extraction.candidates) {
    const context = countries.get(candidate.sentence.index) ?? null;
    const sentence = candidate.sentence.index;
    previous = tollDateBefore(extraction, sentence, published, previous);
    const recent = previous && sentence - previous.sentence <= DATE_CARRY_WINDOW ? previous.date : null;
    if (!isReportableAmong(candidate, causes)) {
      // An act with no one named ("six attackers were also killed") keeps the story where it is in
      // time, and before any reported act says when it is.
      // (Past a reported act's reach, nothing is carried: no date to look for.)
      const date =
        previous && !recent
          ? null
          : unreportedActDate(extraction, candidate, { published, previous: recent });
      if (date && (!previous || date === recent)) previous = { date, sentence };
      continue;
    }
    const lastNamed = lastNamedDate(extraction, sentence, published);
    const resolved = resolveCandidate(
      kb,
      extraction,
      candidate,
      { published, previous: recent, lastNamed },
      context,
    );
    if (
      resolved.event.date &&
      candidate.trigger.trigger.frame !== "speech" &&
      !isBackground(extraction, candidate)
    )
      previous = { date: resolved.event.date, sentence };
    // "the ceasefire" takes up the ceasefire just reported, before any other agreement.
    const antecedent = candidate.claim?.ofEarlierAct
      ? claimedAct(kept, resolved)
      : candidate.anaphoric
        ? (kept.findLast((k) => takesUp(k, resolved, sentence) && k.event.mode === resolved.event.mode) ??
          // "the attack" is an act done to someone before it is a clash of two sides.
          kept.findLast((k) => takesUp(k, resolved, sentence) && k.event.mode !== "armed_clash") ??
          kept.findLast((k) => takesUp(k, resolved, sentence)))
        : // An act of the same sentence first: "claimed an attack ..., saying it had targeted" is one act.
          (kept.find((k) => k.candidate.sentence.index === sentence && restates(k, resolved)) ??
          kept.find((k) => restates(k, resolved)));
    if (antecedent) mergeInto(antecedent, resolved);
    else if (!candidate.anaphoric) kept.push(resolved);
  }

  // Before the dyad: an armed group holding the ground struck is a more specific target than the
  // document's main opponent.
  completeTargetsFromTerritory(kept);
  completeClashesFromCauses(kept);
  completeTargetsFromResponses(kept);
  completeTargetsFromDyad(kept);
  completeGovernmentSide(kb, kept);
  completeTargetsFromCountryStruck(kb, kept);
  // Clashes the document's pair did not give sides to tell nothing; a trigger that needs a kind of
  // source ("returned to power": an armed group) tells nothing without one.
  const told = kept.filter(
    (r) => (!isUnnamedClash(r.candidate) || r.source || r.target) && hasNeededSource(r) && !isHomeVisit(r),
  );

  const idOf = new Map<EventCandidate, string>();
  told.forEach((r, i) => {
    for (const c of [r.candidate, ...r.merged]) idOf.set(c, `e${i + 1}`);
  });
  const eventOf = eventsByCandidate(told);
  for (const r of told) r.event.date ??= dateAfterCauses(r, eventOf, published);
  return told.map((r, i) => {
    const id = `e${i + 1}`;
    // The events the candidates answer, and the rules that made them, each once, in order.
    const causes = new Set<string>();
    const rules = new Set<string>();
    for (const c of [r.candidate, ...r.merged]) {
      for (const cause of c.respondsTo) {
        const causeId = idOf.get(cause);
        if (causeId !== undefined && causeId !== id) causes.add(causeId);
      }
      for (const rule of c.rules) rules.add(rule);
    }
    return {
      event: printedEvent(r.event, id, [...causes]),
      rules: [...rules],
      mentions: {
        source: r.candidate.source?.mention.text ?? null,
        target: r.candidate.target?.mention.text ?? null,
        attribution: r.candidate.attribution?.mention.text ?? null,
        trigger: r.candidate.trigger.text,
      },
      resolved: {
        source: r.source,
        target: r.target,
        attribution: r.attribution,
        placeIds: Object.fromEntries(r.placeIds),
      },
    };
  });
}
