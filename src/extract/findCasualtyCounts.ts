import type { Count, CountQualifier } from "../core/ConflictEvent.ts";
import { spelledNumber } from "../core/spelledNumbers.ts";
import type { Token } from "../nlp/tokenize.ts";

/** A number of people killed or injured, as stated in a sentence. */
export interface CasualtyCount extends Count {
  kind: "fatalities" | "injuries";
  tokenStart: number;
  tokenEnd: number;
}

const QUALIFIERS: Array<[string[], CountQualifier]> = [
  [["at", "least"], "at_least"],
  [["more", "than"], "at_least"],
  [["over"], "at_least"],
  [["upwards", "of"], "at_least"],
  [["nearly"], "about"],
  [["almost"], "about"],
  [["about"], "about"],
  [["around"], "about"],
  [["some"], "about"],
  [["roughly"], "about"],
  [["approximately"], "about"],
  [["an", "estimated"], "about"],
  [["up", "to"], "at_most"],
  [["at", "most"], "at_most"],
  [["as", "many", "as"], "at_most"],
];
const KILLED = new Set("killed dead died deaths death fatalities slain perished martyred lives".split(" "));
const INJURED = new Set("injured wounded hurt injuries wounds casualties".split(" "));
const KILL_VERBS = new Set("killed killing kill kills".split(" "));
const INJURE_VERBS = new Set("injured injuring injure injures wounded wounding wound wounds".split(" "));
// Words that may stand between a number and "killed": "13 civilians were", "23 of its soldiers".
const LINKS = new Set(
  (
    "of its their them those people persons civilians soldiers troops personnel militants fighters others other more " +
    "were have has had been are was security police policemen officers children women members workers worshippers " +
    "government forces army military guards villagers residents pilgrims students passengers staff journalists " +
    "rebels insurgents gunmen attackers assailants terrorists militiamen servicemen men boys girls the"
  ).split(" "),
);

/** The number a token (and the one after it) states: "13", "2,640", "eight", "twenty-five"; null otherwise. */
function numberAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "number") {
    let digits = t.text;
    let end = i + 1;
    // "2,640": digits, a comma and three digits written tight.
    while (
      tokens[end]?.text === "," &&
      tokens[end + 1]?.kind === "number" &&
      tokens[end + 1]?.text.length === 3 &&
      tokens[end]?.start === tokens[end - 1]?.end
    ) {
      digits += tokens[end + 1]?.text;
      end += 2;
    }
    return { value: Number(digits), end };
  }
  if (t.kind !== "word") return null;
  const spelled = spelledNumber(t.fold);
  if (spelled === undefined) return null;
  const next = tokens[i + 1];
  const units = tokens[i + 2] ? spelledNumber((tokens[i + 2] as Token).fold) : undefined;
  if (next?.text === "-" && units !== undefined && spelled >= 20)
    return { value: spelled + units, end: i + 3 };
  return { value: spelled, end: i + 1 };
}

/** Words after a comma that open a description of the victims: ", including seven children,". */
const PARENTHETICAL = new Set(["including", "among", "mostly", "mainly", "many"]);

/** Whether a count starts at token `i`: a number, perhaps after "at least", "more than". */
function startsCount(tokens: readonly Token[], i: number): boolean {
  for (const [words] of QUALIFIERS)
    if (words.every((w, k) => tokens[i + k]?.fold === w)) return numberAt(tokens, i + words.length) !== null;
  return numberAt(tokens, i) !== null;
}

function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: CountQualifier; start: number } {
  for (const [words, qualifier] of QUALIFIERS) {
    const start = i - words.length;
    if (start >= 0 && words.every((w, k) => tokens[start + k]?.fold === w)) return { qualifier, start };
  }
  return { qualifier: "exact", start: i };
}

/**
 * Finds counts of people killed or injured: "at least 13 civilians were killed", "32 deaths and 92
 * injuries", "killing eight", "58 soldiers dead", "the death of 803 people", "121 soldiers and 26
 * civilians were killed" (two counts). A vague amount ("dozens", "several") is no count.
 */
export function findCasualtyCounts(tokens: readonly Token[]): CasualtyCount[] {
  const found: CasualtyCount[] = [];
  const pending: Array<Omit<CasualtyCount, "kind">> = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = numberAt(tokens, i);
    if (
      !number ||
      number.value > 10_000_000 ||
      (tokens[number.end]?.fold ?? "").match(
        /^(km|kilometres|kilometers|miles|percent|%|years|year|days|hours|am|pm|metres|meters)$/,
      )
    )
      continue;
    const { qualifier, start } = qualifierBefore(tokens, i);
    const count = { count: number.value, qualifier, tokenStart: start, tokenEnd: number.end };
    // Forward: the number, then up to five words of who and how, then killed/injured.
    let kind: CasualtyCount["kind"] | null = null;
    let chained = false;
    let reached = number.end - 1;
    for (let k = number.end, words = 0; k < tokens.length && words < 8; k++, words++) {
      const fold = tokens[k]?.fold ?? "";
      // ", including seven children and 13 women," describes the victims: skip it.
      if (fold === "," && PARENTHETICAL.has(tokens[k + 1]?.fold ?? "")) {
        const close = tokens.findIndex((t, j) => j > k + 1 && (t.text === "," || t.text === "."));
        if (close > 0 && close - k <= 12) k = close;
        continue;
      }
      if (KILLED.has(fold)) kind = "fatalities";
      else if (INJURED.has(fold)) kind = "injuries";
      if (kind) reached = k;
      // "121 soldiers and 26 civilians were killed": the first count is of the same kind as the next.
      if (!kind && fold === "and" && startsCount(tokens, k + 1)) chained = true;
      if (
        kind ||
        chained ||
        !(
          LINKS.has(fold) ||
          tokens[k]?.case !== "lower" ||
          tokens[k]?.kind === "possessive" ||
          /^['’]$/.test(tokens[k]?.text ?? "")
        )
      )
        break;
    }
    // Backward: "killing at least 13", "killed 58".
    if (!kind) {
      // Past a quotation mark: killed “at least 13 civilians”.
      let b = start - 1;
      while (b > 0 && /^["“”‘’']$/.test(tokens[b]?.text ?? "")) b--;
      const before = tokens[b]?.fold ?? "";
      if (KILL_VERBS.has(before)) kind = "fatalities";
      else if (INJURE_VERBS.has(before)) kind = "injuries";
      // "the deaths of 803 people", "the killing of 12 soldiers".
      else if (before === "of" && /^(deaths?|killings?)$/.test(tokens[b - 1]?.fold ?? ""))
        kind = "fatalities";
    }
    if (!kind) {
      if (chained) pending.push(count);
      else pending.length = 0;
      continue;
    }
    for (const p of pending.splice(0)) found.push({ kind, ...p });
    found.push({ kind, ...count });
    // Past the words read, so that the numbers of a skipped description are not counted again.
    i = Math.max(number.end - 1, reached - 1);
  }
  return found;
}
