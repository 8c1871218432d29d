import type { DateRange } from "../core/DateRange.ts";
import type { IsoDate } from "../core/isoDate.ts";
import type { EventCandidate } from "../extract/EventCandidate.ts";
import type { DateExpression } from "../extract/findDateExpressions.ts";
import type { SentenceFacts } from "../extract/SentenceFacts.ts";
import { addDays } from "./calendar.ts";
import { resolveDateExpression } from "./resolveDateExpression.ts";

// "A came a day after B": the expression dates B, counted back from A.
const AFTER = /\b(after|following)\b/i;
const RELATIVE_TO_EVENT = new Set(["anaphoric", "event"]);
// "had until Sunday been considered a safe haven": a time up to which a state lasted, not when an act happened.
const BOUNDS = new Set(["until", "till"]);
const PRESENT_PERFECT = new Set(["has", "have"]);

/** Where the text last was in time: the date of the previous event, for "later" and undated sentences. */
export interface DateContext {
  published: IsoDate;
  previous: DateRange | null;
  /** The last date the text named before the sentence, for "the following year". */
  lastNamed?: DateRange | null;
}

/** Sentences that make up a news story's lead: an act they report without a date is the news itself. */
const LEAD_SENTENCES = 5;

function isRelativeToEvent(e: DateExpression): boolean {
  return RELATIVE_TO_EVENT.has(e.anchor);
}

/** "a day after the raid": an expression that dates one act by counting from another ("the following year" does not). */
function countsFromAnother(e: DateExpression): boolean {
  return isRelativeToEvent(e) && AFTER.test(e.text) && e.rule !== "the-following-unit";
}

/** A statement in the present ("accuses", "denies", "has warned") is not dated by the sentences around it. */
function isPresentStatement(candidate: EventCandidate): boolean {
  if (candidate.trigger.trigger.frame !== "speech" || candidate.trigger.form !== "verb") return false;
  const before = candidate.sentence.tokens[candidate.trigger.tokenStart - 1]?.fold ?? "";
  return PRESENT_PERFECT.has(before) || /[^s]s$/.test(candidate.trigger.text);
}

/** The date of the other event the sentence names before `at`: what "a day after" counts from. */
function anchorBefore(facts: SentenceFacts, at: number, context: DateContext): DateRange {
  const own = facts.dates
    .filter((e) => e.end <= at && !isRelativeToEvent(e))
    .map((e) => resolveDateExpression(e, context.published))
    .filter((d): d is NonNullable<typeof d> => d !== null)
    .pop();
  return own ?? context.previous ?? { start: context.published, end: context.published, precision: "day" };
}

/** How many words may stand between a possessive date and its noun ("last month's deadly attack"). */
const POSSESSED_REACH = 3;

/**
 * The noun trigger a possessive date belongs to, which no other act of the sentence may take:
 * "last month's killing" dates the killing, not the strikes "early on Wednesday" beside it.
 */
function boundNoun(facts: SentenceFacts, e: DateExpression): SentenceFacts["triggers"][number] | null {
  const { tokens } = facts.sentence;
  const k = tokens.findIndex((t) => t.start >= e.end);
  if (k < 0 || tokens[k]?.kind !== "possessive") return null;
  return (
    facts.triggers.find(
      (t) => t.form === "noun" && t.tokenStart > k && t.tokenStart <= k + POSSESSED_REACH,
    ) ?? null
  );
}

/** A point of a sentence that distances are measured from: a character offset and its clause. */
interface SentencePoint {
  start: number;
  clause: number | undefined;
}

/** A date expression with the clause it stands in. */
interface PlacedExpression {
  expression: DateExpression;
  clause: number | undefined;
}

/** The index of the first token that starts at or after `offset`, or -1. */
function tokenIndexAt(facts: SentenceFacts, offset: number): number {
  return facts.sentence.tokens.findIndex((t) => t.start >= offset);
}

/** How far an expression is from a point: characters apart, any other clause counting as far. */
function distanceTo(placed: PlacedExpression, point: SentencePoint): number {
  return (placed.clause === point.clause ? 0 : 100_000) + Math.abs(placed.expression.start - point.start);
}

/** The expression nearest to `point`, the earliest of equally near ones; null for none. */
function nearestTo(list: readonly PlacedExpression[], point: SentencePoint): DateExpression | null {
  let nearest: PlacedExpression | null = null;
  for (const placed of list)
    if (nearest === null || distanceTo(placed, point) < distanceTo(nearest, point)) nearest = placed;
  return nearest?.expression ?? null;
}

/** How many words may stand between a noun and the ", which" clause about it ("talks with the ELN, which"). */
const RELATIVE_HEAD_REACH = 4;

/**
 * The noun trigger a relative clause that holds the date is about, which no other act of the
 * sentence may take: in "Peace negotiations with the ELN, which resumed in November 2022, were
 * halted in September 2024" November 2022 dates the negotiations.
 */
function relativeClauseNoun(
  facts: SentenceFacts,
  e: DateExpression,
): SentenceFacts["triggers"][number] | null {
  const { tokens } = facts.sentence;
  const k = tokenIndexAt(facts, e.start);
  for (let w = k - 1; w > 0; w--) {
    const word = tokens[w]?.fold ?? "";
    if (word === "," || tokens[w]?.kind === "punct") return null;
    if (word !== "which" || tokens[w - 1]?.text !== ",") continue;
    return (
      facts.triggers.find(
        (t) => t.form === "noun" && t.tokenEnd <= w - 1 && w - 1 - t.tokenEnd <= RELATIVE_HEAD_REACH,
      ) ?? null
    );
  }
  return null;
}

/** Whether an expression may date the candidate at all (see ownedExpression). */
function mayDate(facts: SentenceFacts, candidate: EventCandidate, placed: PlacedExpression): boolean {
  const e = placed.expression;
  return (
    !(countsFromAnother(e) && e.start >= candidate.trigger.start) &&
    !BOUNDS.has(facts.sentence.tokens[tokenIndexAt(facts, e.start) - 1]?.fold ?? "") &&
    !(candidate.claim && e.end <= candidate.claim.end) &&
    (boundNoun(facts, e) ?? relativeClauseNoun(facts, e) ?? candidate.trigger) === candidate.trigger
  );
}

/**
 * The date expression that belongs to the candidate's trigger: of the sentence's expressions, those
 * whose nearest trigger (same clause first, then distance) is this one; the nearest of them. When
 * none is, an expression in the trigger's own clause.
 */
function ownedExpression(facts: SentenceFacts, candidate: EventCandidate): DateExpression | null {
  if (facts.dates.length === 0) return null;
  // Each expression's clause, looked up once: the distances below compare it many times.
  const placed = facts.dates.map(
    (expression): PlacedExpression => ({
      expression,
      clause: facts.clauses[tokenIndexAt(facts, expression.start)],
    }),
  );
  const usable = placed.filter((p) => mayDate(facts, candidate, p));
  const bound = usable.find((p) => relativeClauseNoun(facts, p.expression) === candidate.trigger);
  if (bound) return bound.expression;
  const own: SentencePoint = {
    start: candidate.trigger.start,
    clause: facts.clauses[candidate.trigger.tokenStart],
  };
  const others = facts.triggers
    .filter((t) => t !== candidate.trigger)
    .map((t): SentencePoint => ({ start: t.start, clause: facts.clauses[t.tokenStart] }));
  const owned = usable.filter((p) => others.every((o) => distanceTo(p, own) <= distanceTo(p, o)));
  return (
    nearestTo(owned, own) ??
    nearestTo(
      usable.filter((p) => p.clause === own.clause),
      own,
    )
  );
}

/**
 * The date of an event (GUIDELINE §4): the nearest date expression in its clause or sentence,
 * resolved against the publication date; "B" in "A came a day after B" counted back from A's date;
 * "a day later" counted from the previous event; no expression at all — the previous event's
 * date for an act (in the lead: the day of publication or the day before), nothing for a
 * statement in the present tense.
 */
export function dateOfCandidate(
  facts: SentenceFacts,
  candidate: EventCandidate,
  context: DateContext,
): DateRange | null {
  const at = candidate.trigger.start;
  const after = facts.dates.filter((e) => countsFromAnother(e) && e.end <= at);
  const counting = after[after.length - 1];
  if (counting && at - counting.end < 120) {
    const anchor = anchorBefore(facts, counting.start, context);
    return resolveDateExpression(
      { ...counting, shift: -(counting.shift ?? 0), shiftEnd: undefined },
      context.published,
      anchor,
    );
  }
  const chosen = ownedExpression(facts, candidate);
  if (chosen) {
    // "In the following year": a year or month counts from the last date the text named ("when the
    // negotiations began in 2020"); "a day later" from the last act told.
    const namedAnchor = chosen.anchor === "anaphoric" && chosen.unit !== "day" ? context.lastNamed : null;
    const anchor = isRelativeToEvent(chosen) ? (namedAnchor ?? context.previous ?? undefined) : undefined;
    return resolveDateExpression(chosen, context.published, anchor);
  }
  if (isPresentStatement(candidate)) return null;
  if (context.previous) return context.previous;
  // The lead reports the news: an undated act there happened the day of publication or the day before.
  if (candidate.sentence.index < LEAD_SENTENCES && candidate.trigger.trigger.frame !== "speech")
    return { start: addDays(context.published, -1), end: context.published, precision: "day" };
  return null;
}
