import type { Count, CountQualifier } from "../core/ConflictEvent.ts";
import { SPELLED_NUMBERS } from "../core/spelledNumbers.ts";
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
    "were have has had been are was security police policemen officers children women members workers worshippers"
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
  const spelled = SPELLED_NUMBERS[t.fold];
  if (spelled === undefined) return null;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.text === "-" && after && SPELLED_NUMBERS[after.fold] !== undefined && spelled >= 20)
    return { value: spelled + (SPELLED_NUMBERS[after.fold] ?? 0), end: i + 3 };
  return { value: spelled, end: i + 1 };
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
 * injuries", "killing eight", "58 soldiers dead". A vague amount ("dozens", "several") is no count.
 */
export function findCasualtyCounts(tokens: readonly Token[]): CasualtyCount[] {
  const found: CasualtyCount[] = [];
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
    // Forward: the number, then up to five words of who and how, then killed/injured.
    let kind: CasualtyCount["kind"] | null = null;
    for (let k = number.end; k < Math.min(tokens.length, number.end + 6); k++) {
      const fold = tokens[k]?.fold ?? "";
      if (KILLED.has(fold)) kind = "fatalities";
      else if (INJURED.has(fold)) kind = "injuries";
      if (kind || !(LINKS.has(fold) || tokens[k]?.case !== "lower" || tokens[k]?.kind === "possessive"))
        break;
    }
    // Backward: "killing at least 13", "killed 58".
    if (!kind) {
      const before = tokens[start - 1]?.fold ?? "";
      if (KILL_VERBS.has(before)) kind = "fatalities";
      else if (INJURE_VERBS.has(before)) kind = "injuries";
    }
    if (!kind) continue;
    found.push({ kind, count: number.value, qualifier, tokenStart: start, tokenEnd: number.end });
    i = number.end - 1;
  }
  return found;
}
