import type { EventLocation } from "../core/ConflictEvent.ts";
import { dayNumber } from "../resolve/calendar.ts";
import type { StoredEvent } from "../store/Store.ts";

/** Whether two reports (events of different documents) tell of one real-world event, and why. */
export interface ReportComparison {
  same: boolean;
  score: number;
  /** What agreed, or what ruled the pair out, in words. */
  reasons: string[];
}

/** Evidence points two reports need to be fused; a date or a place must be among them. */
export const FUSION_THRESHOLD = 4;
/** Days two day-precise reports may differ by ("late on Saturday" and "on Sunday"). */
export const DATE_SLACK_DAYS = 1;
/** Places further apart than this are different scenes. */
const NEARBY_KM = 60;
const GENERIC_MODES = new Set(["attack", "other"]);
const MATERIAL_TYPES = new Set(["ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"]);
// Acts with no direction: the two sides may be named in either order.
const TWO_SIDED = new Set(["armed_clash", "talks", "ceasefire", "treaty", "mediate", "host", "visit"]);
const STOP_WORDS = new Set(
  "that this with from have were been said says their they them which while after before about would could also into over than when where there other only more most some such".split(
    " ",
  ),
);

const keyOf = (actor: StoredEvent["event"]["source"]) =>
  actor
    ? actor.kind === "STATE" || actor.kind === "CIVILIANS"
      ? `${actor.country}:${actor.kind}`
      : actor.name
    : null;

const agree = (p: string | null, q: string | null) => p !== null && p === q;
const conflict = (p: string | null, q: string | null) => p !== null && q !== null && p !== q;

/** A report's places but countries: a country is too wide to be a scene ("strikes in Afghanistan"). */
const scenes = (e: Pick<StoredEvent["event"], "locations">) =>
  e.locations.filter((l) => l.precision !== "country");

/**
 * Whether a report could match any other: a match needs the same day (both reports dated to the
 * day) or the same place (narrower than a country), so a report dated to a week, month or year
 * that names no such place stays a fused event of its own.
 */
export const canMatch = (e: Pick<StoredEvent["event"], "date" | "locations">) =>
  e.date?.precision === "day" || scenes(e).length > 0;

const ruledOut = (reason: string): ReportComparison => ({ same: false, score: 0, reasons: [reason] });

function kilometres(a: EventLocation, b: EventLocation): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/** What comparing reads of a report, worked out once: fusion compares a report with many candidates, and each candidate with many reports. */
interface Comparable {
  /** Its first and last day as day numbers (NaN when undated). */
  firstDay: number;
  lastDay: number;
  source: string | null;
  target: string | null;
  scenes: EventLocation[];
  /** The content words of its evidence, once needed. */
  words: Set<string> | null;
}

const comparables = new WeakMap<StoredEvent["event"], Comparable>();

function comparable(e: StoredEvent["event"]): Comparable {
  let found = comparables.get(e);
  if (!found) {
    found = {
      firstDay: e.date ? dayNumber(e.date.start) : Number.NaN,
      lastDay: e.date ? dayNumber(e.date.end) : Number.NaN,
      source: keyOf(e.source),
      target: keyOf(e.target),
      scenes: scenes(e),
      words: null,
    };
    comparables.set(e, found);
  }
  return found;
}

function contentWords(e: StoredEvent["event"], c: Comparable): Set<string> {
  if (!c.words) {
    const text = e.evidence.map((s) => s.text).join(" ");
    c.words = new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)));
  }
  return c.words;
}

function wordOverlap(
  a: StoredEvent["event"],
  ca: Comparable,
  b: StoredEvent["event"],
  cb: Comparable,
): number {
  const x = contentWords(a, ca);
  const y = contentWords(b, cb);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * Compares two reports feature by feature. Ruled out: another type, modes that differ (unless
 * one is generic), a report without date, dates that do not overlap, actors that conflict. Points: dates (2 when both
 * name the same day give or take one, 1 for overlapping coarser ranges), each agreeing actor
 * (source 2, target 1), a shared or nearby place (2) or a shared province (1), and similar
 * wording of the evidence (1 or 2). Same needs FUSION_THRESHOLD points, among them the same day or
 * the same place (a month or a country is too wide to say two reports meet).
 */
export function compareReports(a: StoredEvent, b: StoredEvent): ReportComparison {
  const x = a.event;
  const y = b.event;
  if (a.documentId === b.documentId) return ruledOut("same document");
  if (x.type !== y.type) return ruledOut(`types differ (${x.type}, ${y.type})`);
  // The mode of a material act says what was done; that of a statement or meeting is a reading of
  // its wording ("hosted talks", "visited"), which outlets word differently.
  if (
    MATERIAL_TYPES.has(x.type) &&
    x.mode !== y.mode &&
    !GENERIC_MODES.has(x.mode) &&
    !GENERIC_MODES.has(y.mode)
  )
    return ruledOut(`modes differ (${x.mode}, ${y.mode})`);
  if (x.negated !== y.negated) return ruledOut("one report says it did not happen");

  if (!x.date || !y.date) return ruledOut("a report gives no date");
  const cx = comparable(x);
  const cy = comparable(y);

  const reasons: string[] = [`same type ${x.type}/${GENERIC_MODES.has(x.mode) ? y.mode : x.mode}`];
  let score = 0;
  let anchored = false;
  {
    const dayPrecise = x.date.precision === "day" && y.date.precision === "day";
    const slack = dayPrecise ? DATE_SLACK_DAYS : 0;
    if (cy.firstDay - cx.lastDay > slack || cx.firstDay - cy.lastDay > slack)
      return ruledOut(`dates differ (${x.date.start}, ${y.date.start})`);
    // A day inside a month or a year says little: "the October ceasefire", "70 killed last quarter".
    if (dayPrecise || x.date.precision === y.date.precision) {
      score += dayPrecise ? 2 : 1;
      anchored = dayPrecise;
      reasons.push(
        dayPrecise ? `same day give or take one (${x.date.start}, ${y.date.start})` : "dates overlap",
      );
    }
  }

  const { source: xSource, target: xTarget, scenes: xScenes } = cx;
  const { source: ySource, target: yTarget, scenes: yScenes } = cy;
  const twoSided = TWO_SIDED.has(x.mode) || TWO_SIDED.has(y.mode);
  if (conflict(xSource, ySource) || conflict(xTarget, yTarget)) {
    if (!(twoSided && !conflict(xSource, yTarget) && !conflict(xTarget, ySource)))
      return ruledOut("actors differ");
    if (agree(xSource, yTarget)) {
      score += 2;
      reasons.push(`same sides (${xSource})`);
    }
    if (agree(xTarget, ySource)) {
      score += 1;
      reasons.push(`same sides (${xTarget})`);
    }
  } else {
    if (agree(xSource, ySource)) {
      score += 2;
      reasons.push(`same source ${xSource}`);
    }
    if (agree(xTarget, yTarget)) {
      score += 1;
      reasons.push(`same target ${xTarget}`);
    }
  }

  const shared = xScenes.find((l) =>
    yScenes.some(
      (m) => m.name.toLowerCase() === l.name.toLowerCase() || (kilometres(l, m) ?? 1e9) <= NEARBY_KM,
    ),
  );
  if (shared) {
    score += 2;
    anchored = true;
    reasons.push(`same place ${shared.name}`);
  } else {
    const province = xScenes.find(
      (l) => l.admin1 !== null && yScenes.some((m) => m.country === l.country && m.admin1 === l.admin1),
    );
    if (province) {
      score += 1;
      reasons.push(`same province ${province.admin1}`);
    }
  }

  const overlap = wordOverlap(x, cx, y, cy);
  if (overlap >= 0.2) {
    score += overlap >= 0.4 ? 2 : 1;
    reasons.push(`evidence ${Math.round(overlap * 100)}% alike`);
  }
  return { same: score >= FUSION_THRESHOLD && anchored, score, reasons };
}
