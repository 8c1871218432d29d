import { allMatches } from "../core/allMatches.ts";
import { SPELLED_NUMBERS } from "../core/spelledNumbers.ts";
/**
 * How an expression is tied to the calendar, which tells the resolver what to read it against:
 * - `absolute`: calendar fields ("27 February 2026", "late 2001", "February"; the year may be missing);
 * - `decade`: a decade, its first year in `year` ("the late 1990s");
 * - `weekday`: a day of the week without a date ("on Friday", "last Monday night");
 * - `relative`: `shift` units from the publication date ("yesterday", "last month", "two days ago");
 * - `anaphoric`: `shift` units from the time the text was last talking about ("the following year",
 *   "a day later", "hours after"); the publication date stands in when that time is unknown;
 * - `event`: `shift` units from an event named next to it ("four years after the Taliban captured Kabul");
 * - `since`: from `from` until the publication date ("since August 2021");
 * - `range`: from `from` to `to` ("between 2019 and 2021", "1979–89").
 */
export type DateAnchor =
  | "absolute"
  | "decade"
  | "weekday"
  | "relative"
  | "anaphoric"
  | "event"
  | "since"
  | "range";

export type DatePart = "early" | "mid" | "late";
export type DateUnit = "day" | "week" | "month" | "year";
/** The word before a month or weekday that picks which one: "last May", "this Friday", "next March". */
export type DateModifier = "last" | "this" | "next";

/**
 * A temporal expression as the text states it, before it is read against a date: only what was
 * written is set (a year left out stays undefined). Offsets are UTF-16, into the caller's document.
 */
export interface DateExpression {
  text: string;
  start: number;
  end: number;
  /** Id of the rule that found it (a pattern, or a refiner that joined two expressions). */
  rule: string;
  anchor: DateAnchor;
  year?: number;
  /** 1–12. */
  month?: number;
  /** 1–31 as written; the resolver rejects days the month does not have. */
  day?: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  part?: DatePart;
  modifier?: DateModifier;
  unit?: DateUnit;
  /** Units from the anchor: last year = -1, this week = 0, two days ago = -2. */
  shift?: number;
  /** When the expression covers several units, the last one: overnight = day -1 to 0, "days later" = 1 to 7. */
  shiftEnd?: number;
  /** A vague stretch with no countable shift: "in recent weeks" (past), "in the coming days" (future). */
  direction?: "past" | "future";
  /** `since` and `range`: where it starts. */
  from?: DateExpression;
  /** `range`: where it ends. */
  to?: DateExpression;
}

type DateFields = Omit<DateExpression, "text" | "start" | "end" | "rule">;
type Groups = Partial<Record<string, string>>;

// ---------------------------------------------------------------------------------------------
// Words

interface MonthWord {
  month: number;
  /** The word has a lower-case reading ("may", "march", "august"), so only a capital makes it a month. */
  capitalOnly?: true;
  /** The word alone is too ambiguous ("May", "March", "Jan"): it needs a day, a year or a cue word. */
  needsCue?: true;
  /** May be followed by a full stop ("Feb.", "Sept."). */
  abbreviation?: true;
}

const MONTH_WORDS: Readonly<Record<string, MonthWord>> = {
  january: { month: 1 },
  february: { month: 2 },
  march: { month: 3, capitalOnly: true, needsCue: true },
  april: { month: 4 },
  may: { month: 5, capitalOnly: true, needsCue: true },
  june: { month: 6 },
  july: { month: 7 },
  august: { month: 8, capitalOnly: true },
  september: { month: 9 },
  october: { month: 10 },
  november: { month: 11 },
  december: { month: 12 },
  jan: { month: 1, needsCue: true, abbreviation: true },
  feb: { month: 2, needsCue: true, abbreviation: true },
  mar: { month: 3, needsCue: true, abbreviation: true },
  apr: { month: 4, needsCue: true, abbreviation: true },
  jun: { month: 6, needsCue: true, abbreviation: true },
  jul: { month: 7, needsCue: true, abbreviation: true },
  aug: { month: 8, needsCue: true, abbreviation: true },
  sep: { month: 9, needsCue: true, abbreviation: true },
  sept: { month: 9, needsCue: true, abbreviation: true },
  oct: { month: 10, needsCue: true, abbreviation: true },
  nov: { month: 11, needsCue: true, abbreviation: true },
  dec: { month: 12, needsCue: true, abbreviation: true },
};

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

// "a day after", "two days ago", "twelve years after".
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...SPELLED_NUMBERS };

const PART_WORDS: Readonly<Record<string, DatePart>> = {
  early: "early",
  beginning: "early",
  start: "early",
  mid: "mid",
  middle: "mid",
  late: "late",
  end: "late",
};

const SHIFT_WORDS: Readonly<Record<string, number>> = {
  yesterday: -1,
  today: 0,
  tonight: 0,
  this: 0,
  tomorrow: 1,
  last: -1,
  next: 1,
  following: 1,
  subsequent: 1,
  previous: -1,
  preceding: -1,
  prior: -1,
  same: 0,
  that: 0,
  later: 1,
  after: 1,
  earlier: -1,
  before: -1,
};

/** Nouns after a number that make it a count or a measure, not a year ("1893 people", "2000 km"). */
const COUNT_NOUNS = [
  "km",
  "kms",
  "kilometres?",
  "kilometers?",
  "miles?",
  "metres?",
  "meters?",
  "people",
  "persons",
  "troops",
  "soldiers",
  "civilians",
  "fighters",
  "militants",
  "men",
  "women",
  "children",
  "residents",
  "families",
  "homes",
  "houses",
  "refugees",
  "casualties",
  "deaths",
  "votes",
  "members",
  "percent",
  "per\\s+cent",
  "dollars",
  "rupees",
  "tonnes",
  "tons",
  "rockets",
  "shells",
];

// ---------------------------------------------------------------------------------------------
// Pattern pieces (all rules are case-insensitive; capitals are checked where they matter)

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

const monthWords = (abbreviation: boolean) =>
  Object.keys(MONTH_WORDS).filter((w) => (MONTH_WORDS[w]?.abbreviation === true) === abbreviation);
const MONTH = `(?<month>(?:${alternatives(monthWords(false))})\\b|(?:${alternatives(monthWords(true))})(?:\\.|\\b))`;
const DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b";
const YEAR_DIGITS = "(?<year>(?:1[89]|20)\\d\\d)";
const NOT_A_COUNT = `(?!\\s*%|\\s*-?\\s*(?:${COUNT_NOUNS.join("|")})\\b)`;
/** A four-digit year 1800–2099, not part of a longer number ("2,640", "2026.5") nor a count ("2000 troops"). */
const YEAR = `${YEAR_DIGITS}(?!\\d|[.,]\\d)${NOT_A_COUNT}`;
const PART = "(?<part>early|mid|late|(?:the\\s+)?(?:beginning|start|end|middle)\\s+of)";
const COUNT = `(?<count>\\d{1,3}|${alternatives(Object.keys(COUNT_WORDS))})`;
const UNIT = "(?<unit>day|week|month|year)";
const WEEKDAY = `(?<weekday>${WEEKDAYS.join("|")})`;
const DAY_TIME = "(?:\\s+(?:morning|afternoon|evening|night))?";

// Cues: words before a bare month or year that make it a date ("in May", "since 2021").
const MONTH_CUE =
  /\b(?:in|since|by|until|till|of|during|early|mid|late|last|next|this|from|through|throughout)\s+$/i;
const YEAR_CUE = /\b(?:in|since|by|until|till|from|during|of|year|before|after|through|throughout)\s+$/i;
const CLAUSE_END = /[.;:!?\n]\s*$/;

const CONTEXT = 24;
const textBefore = (text: string, start: number) => text.slice(Math.max(0, start - CONTEXT), start);

const isCapitalised = (word: string) => word[0] !== word[0]?.toLowerCase();
const monthWord = (word: string): MonthWord | undefined => MONTH_WORDS[word.toLowerCase().replace(".", "")];
const countOf = (word: string): number => COUNT_WORDS[word.toLowerCase()] ?? Number(word);
const shiftOf = (word: string): number => SHIFT_WORDS[word.toLowerCase()] ?? 0;
const partOf = (phrase: string): DatePart | undefined =>
  PART_WORDS[
    phrase
      .toLowerCase()
      .replace(/^the\s+|\s+of$/g, "")
      .trim()
  ];
const unitOf = (word: string): DateUnit =>
  /^(?:day|morning|afternoon|evening|night)$/i.test(word) ? "day" : (word.toLowerCase() as DateUnit);

/** The month a matched month word states, or null when its case says it is another word ("may", "march"). */
function statedMonth(g: Groups): number | null {
  const word = g.month ?? "";
  const entry = monthWord(word);
  if (!entry || (entry.capitalOnly && !isCapitalised(word))) return null;
  return entry.month;
}

/** Calendar fields from the named groups month, day, year and part; null when the month word is not one. */
function calendarFields(g: Groups): DateFields | null {
  const month = g.month === undefined ? undefined : statedMonth(g);
  if (month === null) return null;
  const day = g.day === undefined ? undefined : Number(g.day);
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return {
    anchor: "absolute",
    ...(g.year !== undefined && { year: Number(g.year) }),
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    ...(g.part !== undefined && { part: partOf(g.part) }),
  };
}

function modifierOf(word: string | undefined): DateModifier | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  return w === "this" ? "this" : w === "next" ? "next" : "last";
}

// ---------------------------------------------------------------------------------------------
// Rules: each finds one pattern and says what it states

interface DateRule {
  id: string;
  /** Global and case-insensitive; the whole match is the expression. */
  regex: RegExp;
  /** What the match states, or null when a closer look shows it is not a date. */
  build: (g: Groups, m: RegExpExecArray) => DateFields | null;
  /** Whether the match is a date on its own; when false it waits for a range or "since" to confirm it. */
  standsAlone?: (g: Groups, text: string, start: number, end: number) => boolean;
  /**
   * A quick test that every match passes (a word or a digit the pattern cannot do without): the
   * pattern is not run over a text that fails it. For patterns slow to rule a position out. Keep it
   * in step with the pattern: a phrase the pattern would match but this test rejects is lost.
   */
  needs?: RegExp;
}

// Every year, and so every rule with one, is four digits in a row.
const HAS_FOUR_DIGITS = /\d{4}/;
// Every month word, full or abbreviated, begins a word with one of these.
const HAS_MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const HAS_DAY = /day/i;
const HAS_YEAR = /year/i;
const HAS_TIME_OF_DAY_OR_UNIT_WORD = /day|morning|afternoon|evening|night|week|month|year/i;

/** The first year after `from` whose last two digits are `digits` ("1999-00" ends in 2000). */
function laterYearEndingIn(from: number, digits: number): number {
  const sameCentury = from - (from % 100) + digits;
  return sameCentury > from ? sameCentury : sameCentury + 100;
}

/** Builds a `range` from the two years of "1979–1989" or "2019-21". */
function yearRangeFields(g: Groups, m: RegExpExecArray): DateFields | null {
  const from = Number(g.from);
  const to = g.to?.length === 2 ? laterYearEndingIn(from, Number(g.to)) : Number(g.to);
  const [fs = 0, fe = 0] = m.indices?.groups?.from ?? [];
  const [ts = 0, te = 0] = m.indices?.groups?.to ?? [];
  if (to <= from) return null;
  const part = (start: number, end: number, year: number): DateExpression => ({
    text: m.input.slice(start, end),
    start,
    end,
    rule: "year-range",
    anchor: "absolute",
    year,
  });
  return { anchor: "range", from: part(fs, fe, from), to: part(ts, te, to) };
}

const relative = (unit: DateUnit, shift: number, shiftEnd?: number): DateFields => ({
  anchor: "relative",
  unit,
  shift,
  ...(shiftEnd !== undefined && { shiftEnd }),
});
const anaphoric = (unit: DateUnit, shift: number, shiftEnd?: number): DateFields => ({
  ...relative(unit, shift, shiftEnd),
  anchor: "anaphoric",
});

const rx = (source: string, flags = "gi") => new RegExp(source, flags);

const ORDINALS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * Order only breaks ties: when two rules match the same span, the earlier one wins. Otherwise the
 * longest match wins (see `keepLongest`), so "late February 2026" beats "February 2026".
 */
const RULES: readonly DateRule[] = [
  {
    id: "iso-date",
    needs: HAS_FOUR_DIGITS,
    regex: rx(`(?<![\\d.-])${YEAR_DIGITS}-(?<month>[01]\\d)-(?<day>[0-3]\\d)(?!\\d)`),
    build: (g) => ({ anchor: "absolute", year: Number(g.year), month: Number(g.month), day: Number(g.day) }),
  },
  {
    // The attacks of 11 September 2001, written as their name.
    id: "nine-eleven",
    needs: /9\/11/,
    regex: /(?<![\d/])9\/11(?![\d/])/g,
    build: () => ({ anchor: "absolute", year: 2001, month: 9, day: 11 }),
  },
  {
    id: "month-day-year",
    needs: HAS_MONTH_WORD,
    regex: rx(`\\b${MONTH}\\s+${DAY}(?:(?:,\\s*|\\s+)${YEAR})?`),
    build: calendarFields,
  },
  {
    id: "day-month-year",
    needs: HAS_MONTH_WORD,
    regex: rx(`\\b(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`),
    build: calendarFields,
  },
  {
    id: "part-of-month",
    needs: HAS_MONTH_WORD,
    regex: rx(`\\b${PART}[\\s-]+${MONTH}(?:,?\\s+(?:of\\s+)?${YEAR})?`),
    build: calendarFields,
  },
  {
    id: "month-year",
    needs: HAS_MONTH_WORD,
    regex: rx(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}`),
    build: calendarFields,
  },
  {
    id: "part-of-year",
    needs: HAS_FOUR_DIGITS,
    regex: rx(`\\b${PART}[\\s-]+${YEAR}`),
    build: calendarFields,
  },
  {
    id: "decade",
    needs: HAS_FOUR_DIGITS,
    regex: rx("\\b(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?<decade>(?:1[89]|20)\\d0)['’]?s\\b"),
    build: (g) => ({
      anchor: "decade",
      year: Number(g.decade),
      ...(g.part !== undefined && { part: partOf(g.part) }),
    }),
  },
  {
    id: "year-range",
    needs: HAS_FOUR_DIGITS,
    regex: rx(
      `(?<![\\w$£€#.,/-])(?<from>(?:1[89]|20)\\d\\d)\\s*[–—-]\\s*(?<to>(?:1[89]|20)\\d\\d|\\d\\d)(?![\\d%]|[.,]\\d|-\\d)${NOT_A_COUNT}`,
      "gid",
    ),
    build: yearRangeFields,
  },
  {
    id: "month",
    needs: HAS_MONTH_WORD,
    regex: rx(`\\b(?:(?<modifier>last|this|next)\\s+)?${MONTH}`),
    build: (g) => {
      const month = statedMonth(g);
      const modifier = modifierOf(g.modifier);
      return month === null ? null : { anchor: "absolute", month, ...(modifier && { modifier }) };
    },
    standsAlone: (g, text, start) =>
      !monthWord(g.month ?? "")?.needsCue ||
      g.modifier !== undefined ||
      MONTH_CUE.test(textBefore(text, start)),
  },
  {
    id: "weekday",
    needs: HAS_DAY,
    regex: rx(
      `\\b(?:(?<modifier>last|this\\s+past|past|this|next)\\s+)?(?:(?:early|late)\\s+(?:on\\s+)?)?${WEEKDAY}\\b${DAY_TIME}`,
    ),
    build: (g) => {
      const modifier = modifierOf(g.modifier);
      const weekday = WEEKDAYS.indexOf(g.weekday?.toLowerCase() ?? "") + 1;
      return { anchor: "weekday", weekday, ...(modifier && { modifier }) };
    },
  },
  {
    // A bare year: "in 1893", "In 2018,", "since 2021"; elsewhere it waits for a range ("1979 to 1989").
    id: "year",
    needs: HAS_FOUR_DIGITS,
    regex: rx(`(?<![\\w$£€#.,/]|\\b(?:No|p)\\.\\s?|\\b(?:pages?|number)\\s)${YEAR}`),
    build: (g) => ({ anchor: "absolute", year: Number(g.year) }),
    standsAlone: (_g, text, start, end) => {
      const before = textBefore(text, start);
      const clauseStart = CLAUSE_END.test(before) || (start <= CONTEXT && before.trim() === "");
      return YEAR_CUE.test(before) || (clauseStart && text[end] === ",");
    },
  },
  {
    id: "day-word",
    needs: /today|tonight|tomorrow|yesterday|this/i,
    regex: rx(
      `\\b(?:(?:earlier|later)\\s+)?(?:(?<word>today|tonight|yesterday|tomorrow)${DAY_TIME}|this\\s+(?:morning|afternoon|evening))\\b`,
    ),
    build: (g) => relative("day", shiftOf(g.word ?? "today")),
  },
  {
    id: "overnight",
    needs: /night/i,
    regex: /\b(?:overnight|last\s+night)\b/gi,
    build: () => relative("day", -1, 0),
  },
  {
    // "the last week" reads as "the final week" or "the past seven days", so "the" excludes it.
    id: "this-last-next-unit",
    needs: /this|last|next/i,
    regex: rx(`(?<!\\bthe\\s)\\b(?:(?:earlier|later)\\s+)?(?<which>this|last|next)\\s+${UNIT}\\b(?!-)`),
    build: (g) => relative(unitOf(g.unit ?? ""), shiftOf(g.which ?? "")),
  },
  {
    id: "units-ago",
    needs: /ago/i,
    regex: rx(`\\b${COUNT}\\s+${UNIT}s?\\s+ago\\b`),
    build: (g) => relative(unitOf(g.unit ?? ""), -countOf(g.count ?? "")),
  },
  {
    id: "the-following-unit",
    needs: HAS_TIME_OF_DAY_OR_UNIT_WORD,
    regex: rx(
      "\\b(?:the\\s+(?<which>following|next|subsequent|previous|preceding|prior|same)|(?<that>that))\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year)\\b(?!-)",
    ),
    build: (g) => anaphoric(unitOf(g.unit ?? ""), shiftOf(g.which ?? g.that ?? "")),
  },
  {
    id: "the-day-after",
    needs: HAS_DAY,
    regex: /\bthe\s+day\s+(?<dir>before|after)\b/gi,
    build: (g) => anaphoric("day", shiftOf(g.dir ?? "")),
  },
  {
    id: "units-later",
    needs: /later|earlier/i,
    regex: rx(`\\b${COUNT}\\s+${UNIT}s?\\s+(?<dir>later|earlier)\\b`),
    build: (g) => anaphoric(unitOf(g.unit ?? ""), countOf(g.count ?? "") * shiftOf(g.dir ?? "")),
  },
  {
    // "a day after" follows the story like "a day later"; "four years after X" needs X's date.
    id: "units-after",
    needs: /after|before/i,
    regex: rx(`\\b${COUNT}\\s+${UNIT}s?\\s+(?<dir>after|before)\\b`),
    build: (g) => {
      const unit = unitOf(g.unit ?? "");
      const fields = anaphoric(unit, countOf(g.count ?? "") * shiftOf(g.dir ?? ""));
      return unit === "day" ? fields : { ...fields, anchor: "event" };
    },
  },
  {
    // "the invasion, now in its fourth year": since the start of the year three years back.
    id: "nth-year",
    needs: HAS_YEAR,
    regex: rx(`\\bin\\s+(?:its|their|the)\\s+(?<ord>${Object.keys(ORDINALS).join("|")})\\s+year\\b`),
    build: (g, m) => ({
      anchor: "since",
      from: {
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        rule: "nth-year",
        ...relative("year", 1 - (ORDINALS[(g.ord ?? "").toLowerCase()] ?? 1)),
      },
    }),
  },
  {
    id: "hours-later",
    needs: /hour|minute|moment/i,
    regex: rx(
      `\\b(?:(?:${COUNT}|a\\s+few|several)\\s+)?(?:hours?|minutes?|moments?)\\s+(?:later|after|earlier|before)\\b|\\bwithin\\s+hours\\b`,
    ),
    build: () => anaphoric("day", 0),
  },
  {
    id: "days-later",
    needs: /days/i,
    regex: /\b(?:(?:a\s+few|several)\s+)?days\s+(?<dir>later|after|earlier|before)\b/gi,
    build: (g) => (shiftOf(g.dir ?? "") > 0 ? anaphoric("day", 1, 7) : anaphoric("day", -7, -1)),
  },
  {
    id: "vague-period",
    needs: /coming|few|recent/i,
    regex: rx(
      "\\b(?:in|over|within|during)\\s+(?:the\\s+)?(?<which>coming|next\\s+few|recent|past\\s+few|last\\s+few)\\s+(?<unit>day|week|month|year)s\\b",
    ),
    build: (g) => ({
      anchor: "relative",
      unit: unitOf(g.unit ?? ""),
      direction: /^(?:coming|next)/i.test(g.which ?? "") ? "future" : "past",
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Refiners: decide between, join and confirm what the rules found

interface Candidate {
  expr: DateExpression;
  /** Not yet a date: a bare year or ambiguous month word that needs a range or "since" to confirm it. */
  tentative: boolean;
  /** Index of the rule; lower wins a tie. */
  priority: number;
}

interface DateRefiner {
  id: string;
  /** Takes and returns candidates sorted by start. */
  refine: (text: string, candidates: Candidate[]) => Candidate[];
}

const lengthOf = (c: Candidate) => c.expr.end - c.expr.start;
const byLengthThenPriority = (a: Candidate, b: Candidate) =>
  lengthOf(b) - lengthOf(a) || a.priority - b.priority;
const overlaps = (a: Candidate, b: Candidate) => a.expr.start < b.expr.end && b.expr.start < a.expr.end;

/** Of a cluster of overlapping candidates, the longest, then the earlier rule, then whatever still fits; in text order. */
function settleCluster(cluster: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  for (const c of cluster.sort(byLengthThenPriority)) if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
  return chosen.sort((a, b) => a.expr.start - b.expr.start);
}

/** Among overlapping candidates keeps the longest, then the earlier rule, then whatever still fits. */
function keepLongest(_text: string, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const c of candidates) {
    if (c.expr.start >= clusterEnd && cluster.length > 0) {
      kept.push(...settleCluster(cluster));
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.expr.end);
  }
  if (cluster.length > 0) kept.push(...settleCluster(cluster));
  return kept;
}

const isPoint = (e: DateExpression) => e.anchor !== "since" && e.anchor !== "range";

/** Joins each pair of neighbours for which `join` returns a candidate; `join` sees the text between them. */
function joinNeighbours(
  candidates: Candidate[],
  join: (a: Candidate, b: Candidate) => Candidate | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1];
    const joined = b && join(a, b);
    out.push(joined || a);
    if (joined) i++;
  }
  return out;
}

const WEEKDAY_DATE_GAP = /^(?:,\s*|\s*\(\s*|\s+)$/;

/** "Friday (February 27, 2026)", "Friday, 27 February": a weekday followed by its date is that date. */
function attachWeekdayToDate(text: string, candidates: Candidate[]): Candidate[] {
  return joinNeighbours(candidates, (a, b) => {
    if (a.expr.anchor !== "weekday" || b.expr.anchor !== "absolute" || b.expr.day === undefined) return null;
    const gap = text.slice(a.expr.end, b.expr.start);
    if (!WEEKDAY_DATE_GAP.test(gap)) return null;
    const opened = gap.includes("(");
    const close = opened ? /^\s*\)/.exec(text.slice(b.expr.end, b.expr.end + 4)) : null;
    if (opened && !close) return null;
    const end = b.expr.end + (close?.[0].length ?? 0);
    const { text: _t, start: _s, end: _e, rule: _r, ...date } = b.expr;
    return {
      expr: {
        text: text.slice(a.expr.start, end),
        start: a.expr.start,
        end,
        rule: "weekday-with-date",
        ...date,
        ...(a.expr.weekday !== undefined && { weekday: a.expr.weekday }),
      },
      tentative: false,
      priority: a.priority,
    };
  });
}

const RANGE_OPENER = /\b(?:between|from)\s+$/i;
const RANGE_JOINER = /^(?:\s+(?:and|to|until|till|through)\s+|\s*[–—-]\s*)$/i;

/** "between 2019 and 2021", "from January to March 2024", "March–May 2024": two points make a range. */
function joinRanges(text: string, candidates: Candidate[]): Candidate[] {
  return joinNeighbours(candidates, (a, b) => {
    if (!isPoint(a.expr) || !isPoint(b.expr)) return null;
    const gap = text.slice(a.expr.end, b.expr.start);
    if (!RANGE_JOINER.test(gap)) return null;
    const opener = RANGE_OPENER.exec(textBefore(text, a.expr.start));
    if (!opener && !/[–—-]/.test(gap)) return null;
    const start = a.expr.start - (opener?.[0].length ?? 0);
    return {
      expr: {
        text: text.slice(start, b.expr.end),
        start,
        end: b.expr.end,
        rule: "range",
        anchor: "range",
        from: a.expr,
        to: b.expr,
      },
      tentative: false,
      priority: a.priority,
    };
  });
}

const SINCE = /\bsince\s+$/i;

/** "since 2021", "since August 2021", "since Friday": from that time until the publication date. */
function wrapSince(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const since = isPoint(c.expr) ? SINCE.exec(textBefore(text, c.expr.start)) : null;
    if (!since) return c;
    const start = c.expr.start - since[0].length;
    const expr: DateExpression = {
      text: text.slice(start, c.expr.end),
      start,
      end: c.expr.end,
      rule: "since",
      anchor: "since",
      from: c.expr,
    };
    return { expr, tentative: false, priority: c.priority };
  });
}

/** Drops what no range or "since" confirmed ("March on Rome", "the 2025 rules"). */
function dropTentative(_text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => !c.tentative);
}

// Order matters: overlaps are settled before anything is joined; a weekday takes its date before
// ranges are joined ("from Friday, 20 February to ..."); a range is a point for nothing else; the
// tentative are dropped last, once ranges and "since" have had the chance to confirm them.
const REFINERS: readonly DateRefiner[] = [
  { id: "keep-longest", refine: keepLongest },
  { id: "attach-weekday-to-date", refine: attachWeekdayToDate },
  { id: "join-ranges", refine: joinRanges },
  { id: "wrap-since", refine: wrapSince },
  { id: "drop-tentative", refine: dropTentative },
];

// ---------------------------------------------------------------------------------------------

/**
 * Whether `text` passes a rule's quick test. Several rules share one (a digit, a month word):
 * `results` keeps each test's answer for the text, so that the text takes each test once.
 */
function passesQuickTest(text: string, test: RegExp, results: Map<RegExp, boolean>): boolean {
  let passed = results.get(test);
  if (passed === undefined) {
    passed = test.test(text);
    results.set(test, passed);
  }
  return passed;
}

function matchRule(
  rule: DateRule,
  priority: number,
  text: string,
  quickTestResults: Map<RegExp, boolean>,
): Candidate[] {
  const found: Candidate[] = [];
  if (rule.needs && !passesQuickTest(text, rule.needs, quickTestResults)) return found;
  for (const m of allMatches(rule.regex, text)) {
    const g: Groups = m.groups ?? {};
    const fields = rule.build(g, m);
    if (!fields) continue;
    const start = m.index;
    const end = start + m[0].length;
    const tentative = rule.standsAlone ? !rule.standsAlone(g, text, start, end) : false;
    found.push({ expr: { text: m[0], start, end, rule: rule.id, ...fields }, tentative, priority });
  }
  return found;
}

function withOffset(expr: DateExpression, offset: number): DateExpression {
  return {
    ...expr,
    start: expr.start + offset,
    end: expr.end + offset,
    ...(expr.from && { from: withOffset(expr.from, offset) }),
    ...(expr.to && { to: withOffset(expr.to, offset) }),
  };
}

// Every rule needs a digit, a month or weekday name, or one of these words: a text with none
// holds no date expression.
const MAY_HOLD_A_DATE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?|weeks?|months?|years?|decades?|night|overnight|today|tonight|tomorrow|yesterday|ago|later|after|before|since|earlier|hours?)\b/i;

/**
 * Finds every temporal expression in `text` and returns what each states, unresolved, in text
 * order: dates ("Feb. 27, 2026", "27 February", "2026-02-27", "9/11"), months and years
 * ("in February", "late 2001", "the 1980s"), weekdays ("on Friday"), relative time ("last week",
 * "two days ago", "the following year", "four years after"), "since X" and ranges. Offsets are
 * shifted by `offset`, so that the text may be a sentence cut from a document.
 */
export function findDateExpressions(text: string, offset = 0): DateExpression[] {
  // Most sentences name no time at all: one cheap test spares them every rule.
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  const quickTestResults = new Map<RegExp, boolean>();
  const found = RULES.flatMap((rule, priority) => matchRule(rule, priority, text, quickTestResults)).sort(
    (a, b) => a.expr.start - b.expr.start,
  );
  const refined = REFINERS.reduce((candidates, refiner) => refiner.refine(text, candidates), found);
  return refined.map((c) => (offset === 0 ? c.expr : withOffset(c.expr, offset)));
}
