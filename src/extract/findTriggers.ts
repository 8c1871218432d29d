import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { TriggerForm } from "../knowledge/types.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { TriggerMention } from "./TriggerMention.ts";

// Words before a word that make it a noun ("the strikes", "earlier attacks") or a verb ("has attacked").
const NOUN_MARKERS = new Set(
  (
    "a an the these those such its their his her our this that any some two three several many recent earlier fresh new " +
    "further more repeated overnight deadly major cross-border 's latest last previous past first second third other " +
    "multiple separate similar coordinated simultaneous renewed retaliatory suspected alleged frequent daily nightly " +
    "heavy massive large-scale fierce intense brutal"
  ).split(" "),
);
const AUXILIARIES = new Set(
  "is are was were be been being has have had having do does did will would".split(" "),
);
const PASSIVE_AUXILIARIES = new Set("is are was were be been being get got gets".split(" "));
const ADVERBS = /ly$/;
// Words that may stand between a form of "be" and its participle: "was first attacked".
const PASSIVE_INSERTS = new Set([
  "not",
  "also",
  "first",
  "again",
  "later",
  "then",
  "since",
  "already",
  "never",
]);
// A gerund after one of these names an idea, not an act: "on striking Pakistan", "of attacking".
const GERUND_PREPOSITIONS = new Set("of on for about against without".split(" "));
const QUOTES = new Set(['"', "“", "‘", "'"]);

function isCovered(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && s < end);
}

/** The form of the given reading, or null when the trigger has none. */
function formOf(forms: readonly TriggerForm[], reading: "verb" | "noun"): TriggerForm | null {
  return forms.find((f) => f.form === reading) ?? null;
}

/** The form of the given reading, else the trigger's first form. */
function preferredForm(forms: readonly TriggerForm[], reading: "verb" | "noun"): TriggerForm {
  return formOf(forms, reading) ?? (forms[0] as TriggerForm);
}

/**
 * Chooses between the verb and noun reading of a trigger form ("attacks", "fighting"), or null
 * when the context demands a reading the form does not have: "Pakistan's support" is no verb
 * "support", "has support" no noun.
 */
function chooseForm(
  forms: readonly TriggerForm[],
  tokens: readonly Token[],
  start: number,
): TriggerForm | null {
  const before = tokens[start - 1];
  const word = tokens[start]?.fold ?? "";
  if (!before) return preferredForm(forms, /ed$/.test(word) ? "verb" : "noun");
  if (before.kind === "possessive" || ["the", "a", "an", "its", "their", "his", "her"].includes(before.fold))
    return formOf(forms, "noun");
  // "in support of": no verb's base form follows "in".
  if (before.fold === "in" && !/s$/.test(word)) return formOf(forms, "noun");
  if (NOUN_MARKERS.has(before.fold) || before.kind === "number") return preferredForm(forms, "noun");
  if (AUXILIARIES.has(before.fold) || ADVERBS.test(before.fold)) return preferredForm(forms, "verb");
  if (/ed$/.test(word)) return preferredForm(forms, "verb");
  // "mortar shelling", "border fighting": an -ing form after a lower-case modifier is a noun; after a
  // comma, a preposition or a name it is a participle or a verb ("..., killing 12").
  if (/ing$/.test(word))
    return preferredForm(forms, before.case === "lower" && before.kind === "word" ? "noun" : "verb");
  // "a pre-planned attack", "a long-range strike": a form after a hyphenated modifier is a noun.
  if (before.case === "lower" && before.kind === "word" && tokens[start - 2]?.text === "-")
    return preferredForm(forms, "noun");
  // After a capitalised name ("Pakistani strikes", "TTP attacks") a plural is a noun; a base form after a name is a verb.
  return preferredForm(forms, /s$/.test(word) && before.case !== "lower" ? "noun" : "verb");
}

/** How many words may stand between a trigger and the object it needs ("closed the main Torkham crossing"). */
// "had taken the Sudanese army's 6th Infantry Division headquarters": seven words to the noun;
// "designated Viv Ansanm and the Gran Grif gang as terrorist organisations": nine.
const OBJECT_REACH = 10;

/**
 * The end of the object a trigger needs (TriggerForm.objects) within a few words after it, or
 * null: "shut the Torkham crossing" is a closure, "shut the factory" is not.
 */
function objectEnd(form: TriggerForm, tokens: readonly Token[], from: number): number | null {
  if (!form.objects) return from;
  for (let k = from; k < tokens.length && k <= from + OBJECT_REACH; k++) {
    const hit = form.objects.longestAt(tokens, k);
    if (hit) return hit.end;
    const t = tokens[k] as Token;
    if (t.kind === "punct" && t.text !== "-") return null;
  }
  return null;
}

/** How far back a passive verb may find the object it needs ("the talks with the group were suspended"). */
const SUBJECT_REACH = 12;

/**
 * The start of the object a passive trigger needs, found before it as its subject ("the dialogue
 * process with the group has been suspended"), or null. The search stops at a clause's end.
 */
function objectStartBefore(form: TriggerForm, tokens: readonly Token[], start: number): number | null {
  if (!form.objects) return null;
  for (let k = start - 1; k >= 0 && k >= start - SUBJECT_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && t.text !== "," && t.text !== "-") return null;
    const hit = form.objects.longestAt(tokens, k);
    if (hit && hit.end <= start) return k;
  }
  return null;
}

/** Whether a trigger form reads as a passive verb whose object stands before it ("the talks were halted"). */
function findsPassiveObject(
  form: TriggerForm,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  return (
    form.form === "verb" && isPassive(tokens, start, end) && objectStartBefore(form, tokens, start) !== null
  );
}

/**
 * A verb in the passive voice: after a form of "be" ("were killed"), or a participle that a "by"
 * agent follows ("civilians killed by militias", "a convoy hit by rockets").
 */
function isPassive(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.fold === "by" && !/(ing|[^s]s)$/.test(tokens[end - 1]?.fold ?? "")) return true;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const t = tokens[k] as Token;
    if (PASSIVE_AUXILIARIES.has(t.fold)) return true;
    if (!ADVERBS.test(t.fold) && !PASSIVE_INSERTS.has(t.fold)) return false;
  }
  return false;
}

/**
 * A participle of a standing relation that describes the name before it rather than reports an
 * act: "M23 rebels backed by Rwandan troops" (no form of "be" before it), "the US-backed government".
 */
function describesName(form: TriggerForm, tokens: readonly Token[], start: number, end: number): boolean {
  if (!form.trigger.describes || form.form !== "verb") return false;
  const before = tokens[start - 1];
  const first = tokens[start] as Token;
  if (before?.text === "-" && before.end === first.start) return true;
  if (tokens[end]?.fold !== "by") return false;
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const t = tokens[k] as Token;
    if (PASSIVE_AUXILIARIES.has(t.fold)) return false;
    if (!ADVERBS.test(t.fold)) break;
  }
  return before?.kind === "word";
}

/**
 * Finds event triggers in a sentence, outside the spans of names ("Rapid Support Forces" holds no
 * SUPPORT event, "Arakan Army" no attack). A capitalised trigger after a capitalised name word is
 * part of a name too ("Cormoran Strike").
 */
export function findTriggers(
  kb: KnowledgeBase,
  text: string,
  tokens: readonly Token[],
  nameSpans: ReadonlyArray<readonly [number, number]>,
): TriggerMention[] {
  const found: TriggerMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = kb.eventTriggers.longestAt(tokens, i);
    if (!match || isCovered(nameSpans, i, match.end)) {
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const before = tokens[i - 1];
    if (
      first.case !== "lower" &&
      before &&
      before.case !== "lower" &&
      before.kind === "word" &&
      !kb.functionWords.has(before.fold)
    ) {
      i = match.end;
      continue;
    }
    let p = i - 1;
    while (p >= 0 && QUOTES.has(tokens[p]?.text ?? "")) p--;
    if (/ing$/.test(first.fold) && GERUND_PREPOSITIONS.has(tokens[p]?.fold ?? "")) {
      i = match.end;
      continue;
    }
    // A form that needs an object and finds it ("halted the talks") wins over a form that needs
    // none ("halted operations"); a passive finds its object before it ("the talks were halted").
    const withObject = match.values.filter(
      (f) =>
        f.objects &&
        (objectEnd(f, tokens, match.end) !== null || findsPassiveObject(f, tokens, i, match.end)),
    );
    const forms = withObject.length > 0 ? withObject : match.values.filter((f) => !f.objects);
    const chosen = forms.length > 0 ? chooseForm(forms, tokens, i) : null;
    if (!chosen) {
      i = match.end;
      continue;
    }
    let end = objectEnd(chosen, tokens, match.end);
    if (end === null && findsPassiveObject(chosen, tokens, i, match.end)) {
      // The object before was read as an event of its own ("talks"): it is this act's object,
      // unless a clause of its own tells of it ("talks, which resumed in May, were halted").
      const from = objectStartBefore(chosen, tokens, i) as number;
      const ownClause = tokens.slice(from, i).some((t) => t.text === ",");
      const covered = found.findIndex((f) => f.tokenStart >= from && f.tokenEnd <= i);
      if (covered >= 0 && !ownClause) found.splice(covered, 1);
      end = match.end;
    }
    if (end === null || describesName(chosen, tokens, i, match.end)) {
      i = match.end;
      continue;
    }
    const last = tokens[end - 1] as Token;
    found.push({
      trigger: chosen.trigger,
      form: chosen.form,
      passive: chosen.form === "verb" && isPassive(tokens, i, match.end),
      tokenStart: i,
      tokenEnd: end,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
    });
    i = end;
  }
  return found;
}
