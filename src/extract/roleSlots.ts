import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";
import { namedPhraseStart } from "./namingWrapper.ts";
import type { SentenceFacts } from "./SentenceFacts.ts";

/** Words around a name that make it a speaker or an addressee of speech ("told Dawn", "X said"), not a party to an act. */
const SPEECH_NEIGHBOURS = new Set(["told", "said", "says", "say", "tells", "according"]);

/** Verbs of speech whose object is the one spoken to: "told Dawn", "tells reporters". */
const ADDRESSEE_VERBS = new Set(["told", "tells", "telling", "tell"]);

/** Whether a mention is a speaker or addressee of speech: "told Dawn", "..., Yahya Saree said". */
function isSpeechParty(tokens: readonly Token[], mention: ActorMention): boolean {
  // "..., Ukraine's General Staff said": past the possessor's own name, to the verb.
  let after = mention.tokenEnd;
  if (tokens[after]?.kind === "possessive") {
    after++;
    while (after < mention.tokenEnd + 5 && tokens[after]?.kind === "word" && tokens[after]?.case !== "lower")
      after++;
  }
  return (
    SPEECH_NEIGHBOURS.has(tokens[mention.tokenStart - 1]?.fold ?? "") ||
    SPEECH_NEIGHBOURS.has(tokens[after]?.fold ?? "")
  );
}

/** Words before a name that make it the object of a preposition, not a subject. */
export const PREPOSITIONS = new Set(
  "of in on at from to with against near inside into across by for between among under over through toward towards around about than upon outside within along via including like as".split(
    " ",
  ),
);
/** Words that are prepositions or open a clause: a name right before the verb after them is its subject. */
const CONJUNCTIONS = new Set(["as", "after", "before", "since", "until"]);
/** Prepositions after an act that introduce whom it was done to. */
export const TARGET_PREPOSITIONS = new Set("on against at upon targeting toward towards into".split(" "));
/** Prepositions that introduce where, not whom. */
export const PLACE_PREPOSITIONS = new Set(
  "in near inside across from outside within throughout around".split(" "),
);

const ARTICLES = new Set(["the", "a", "an"]);

/** The token before a mention, skipping an article ("on a Somali base"). */
function wordBefore(tokens: readonly Token[], mention: ActorMention): Token | undefined {
  let k = mention.tokenStart - 1;
  if (ARTICLES.has(tokens[k]?.fold ?? "")) k--;
  return tokens[k];
}

/**
 * The nearest mention ending before token `at` that is not a preposition's object nor a possessor:
 * in the same clause, or anywhere before it in the sentence when `acrossClauses`.
 */
export function subjectBefore(facts: SentenceFacts, at: number, acrossClauses = false): ActorMention | null {
  const { tokens } = facts.sentence;
  const opener = relativeClauseBefore(tokens, at);
  if (opener !== null) {
    // "The Alliance of Sahel States, which groups Mali and Niger, condemned": the name before "which".
    const head = facts.actors.find((m) => m.tokenEnd === opener - 1);
    if (head && tokens[head.tokenEnd]?.kind !== "possessive") return head;
  }
  const clause = facts.clauses[at];
  let best: ActorMention | null = null;
  for (const m of facts.actors) {
    if (m.tokenEnd > at || (!acrossClauses && facts.clauses[m.tokenStart] !== clause)) continue;
    const before = wordBefore(tokens, m)?.fold ?? "";
    // "as the army carried out strikes": "as" opens a clause whose subject the name is.
    const opensClause = CONJUNCTIONS.has(before) && tokens[m.tokenEnd] !== undefined && m.tokenEnd >= at - 1;
    // "Gunmen of the Viv Ansanm coalition attacked": the name of a partitive subject is the subject.
    const partitive = prepositionOfPartitive(tokens, m);
    const governed = partitive === null ? PREPOSITIONS.has(before) : PREPOSITIONS.has(partitive);
    if (governed && !opensClause) continue;
    if (tokens[m.tokenEnd]?.kind === "possessive") continue;
    // "Sources told Dawn that six attackers were killed": the addressee is no party to the act.
    if (ADDRESSEE_VERBS.has(before)) continue;
    if (!best || m.tokenStart > best.tokenStart) best = m;
  }
  return best;
}

const RELATIVE_PRONOUNS = new Set(["which", "who", "whose"]);
/** How far back a relative clause closed by a comma right before a verb may open. */
const RELATIVE_REACH = 16;

/** The index of "which"/"who" opening a ", which ...," clause that ends right before token `at`, or null. */
function relativeClauseBefore(tokens: readonly Token[], at: number): number | null {
  if (tokens[at - 1]?.text !== ",") return null;
  for (let k = at - 2; k > 0 && k >= at - RELATIVE_REACH; k--) {
    if (RELATIVE_PRONOUNS.has(tokens[k]?.fold ?? "") && tokens[k - 1]?.text === ",") return k;
    if ((tokens[k]?.kind === "punct" && tokens[k]?.text !== ",") || tokens[k]?.text === ";") return null;
  }
  return null;
}

const CLOSING_QUOTES = new Set(['"', "”", "’"]);

/** Words that open another clause or phrase: a name after them is no object of the verb before them. */
const OBJECT_BARRIERS = new Set(
  "after before following since because as when while amid despite until".split(" "),
);

/**
 * The first mention after token `at` in the same clause, with the preposition before it (null:
 * direct object). A name behind "after", "as" or "since" belongs to another clause: "targeting
 * villages after the Indian strikes" has no Indian target.
 */
export function objectAfter(
  facts: SentenceFacts,
  at: number,
  sameClause = true,
): { mention: ActorMention; preposition: string | null } | null {
  const { tokens } = facts.sentence;
  // "accusing what he called 'foreign terrorists'": who names the object is none of it.
  const named = namedPhraseStart(tokens, at);
  // 'a "pre-planned attack" on government forces': the quotation closes, the phrase goes on.
  const goesOn = CLOSING_QUOTES.has(tokens[at]?.text ?? "") && PREPOSITIONS.has(tokens[at + 1]?.fold ?? "");
  const from = named ?? (goesOn ? at + 1 : at);
  const clause = facts.clauses[named ?? (goesOn ? at + 1 : at - 1)];
  for (const m of facts.actors) {
    if (m.tokenStart < from || isSpeechParty(tokens, m)) continue;
    if (sameClause && facts.clauses[m.tokenStart] !== clause) return null;
    const between = tokens.slice(from, m.tokenStart).map((t) => t.fold);
    if (between.some((w) => OBJECT_BARRIERS.has(w))) return null;
    const before = prepositionOfPartitive(tokens, m) ?? wordBefore(tokens, m)?.fold ?? "";
    return { mention: m, preposition: PREPOSITIONS.has(before) ? before : null };
  }
  return null;
}

/** Nouns that take a part of a party: "members of", "elements of". */
const PARTITIVE_HEADS = new Set(
  "members officials representatives elements sections leaders commanders parts units gunmen fighters militants".split(
    " ",
  ),
);
const QUANTIFIERS = new Set("some several many few senior top certain".split(" "));

/**
 * For a name inside a partitive ("with some members of the Pakistani establishment"), the word
 * before the whole phrase ("with"; "" at the sentence's start); else null.
 */
function prepositionOfPartitive(tokens: readonly Token[], mention: ActorMention): string | null {
  let k = mention.tokenStart - 1;
  if (ARTICLES.has(tokens[k]?.fold ?? "")) k--;
  if (tokens[k]?.fold !== "of" || !PARTITIVE_HEADS.has(tokens[k - 1]?.fold ?? "")) return null;
  k -= 2;
  if (QUANTIFIERS.has(tokens[k]?.fold ?? "")) k--;
  return tokens[k]?.fold ?? "";
}

/** "between X and Y": the last name before the "and" and the first after it, within the clause. */
export function betweenPair(facts: SentenceFacts, from: number): [ActorMention, ActorMention] | null {
  const { tokens } = facts.sentence;
  const clause = facts.clauses[from];
  for (let i = from; i < tokens.length && facts.clauses[i] === clause; i++) {
    if (tokens[i]?.fold !== "between") continue;
    // "between the two countries": a pair anaphor names both sides at once.
    const pair = facts.actors.find((m) => m.tokenStart === i + 1 && m.partner);
    if (pair?.partner) return [pair, pair.partner];
    let and = i + 1;
    while (and < tokens.length && and < i + 14 && tokens[and]?.fold !== "and") and++;
    if (tokens[and]?.fold !== "and") return null;
    const first = facts.actors.filter((m) => m.tokenStart > i && m.tokenEnd <= and).pop();
    const second = facts.actors.find((m) => m.tokenStart > and && m.tokenStart <= and + 8);
    return first && second ? [first, second] : null;
  }
  return null;
}

const GAP_PREPOSITIONS = new Set(["to", "for", "against", "about", "over", "on", "into"]);

/** "X and Y clashed", "the Israel-Hezbollah ceasefire": two mentions joined right before token `at`. */
export function coordinatedBefore(
  facts: SentenceFacts,
  at: number,
  maxGap = 3,
): [ActorMention, ActorMention] | null {
  const { tokens } = facts.sentence;
  const before = facts.actors.filter(
    (m) => m.tokenEnd <= at && facts.clauses[m.tokenStart] === facts.clauses[at],
  );
  const second = before[before.length - 1];
  const first = before[before.length - 2];
  if (!first || !second) return null;
  const between = tokens.slice(first.tokenEnd, second.tokenStart);
  const gap = tokens.slice(second.tokenEnd, at);
  // "X and Y clashed", "X and the Y clashed".
  // Past a preposition the noun is another verb's object: "X and Y urged a halt to the fighting".
  const gapHasPreposition = gap.length > 3 && gap.some((t) => GAP_PREPOSITIONS.has(t.fold));
  const joinedByAnd =
    between[0]?.fold === "and" &&
    (between.length === 1 || (between.length === 2 && between[1]?.fold === "the")) &&
    gap.length <= maxGap &&
    !gapHasPreposition;
  // "the Israel-Hezbollah ceasefire": two names joined by a tight hyphen right before the noun.
  const hyphen = between[0];
  const joinedByHyphen =
    between.length === 1 &&
    hyphen?.text === "-" &&
    hyphen.start === first.end &&
    hyphen.end === second.start &&
    gap.length === 0;
  return joinedByAnd || joinedByHyphen ? [first, second] : null;
}

/** Whether a token may be an adjective: a lower-case word, no function word, no -ed form. */
function mayBeAdjective(t: Token, isFunctionWord: (fold: string) => boolean): boolean {
  return t.kind === "word" && t.case === "lower" && !isFunctionWord(t.fold) && !/ed$/.test(t.fold);
}

/** A name right before a noun ("Pakistani strikes", "Pakistan's airstrikes", "TTP attacks"). */
export function premodifier(
  facts: SentenceFacts,
  at: number,
  isFunctionWord: (fold: string) => boolean,
): ActorMention | null {
  const { tokens } = facts.sentence;
  // One adjective may stand between the name and the noun ("Pakistani military strikes"), not a
  // verb or a determiner ("the US condemned the attack" has no premodifier).
  for (const m of facts.actors) {
    let k = m.tokenEnd;
    if (tokens[k]?.kind === "possessive") k++;
    if (k <= at && at - k <= 1 && tokens.slice(k, at).every((t) => mayBeAdjective(t, isFunctionWord))) {
      if (k === at || m.extension === null) return m;
    }
  }
  return null;
}

/** "by X" (or "from X" after a noun: "backing from the US") after token `at`, within the clause. */
export function agentAfter(
  facts: SentenceFacts,
  at: number,
  prepositions: readonly string[] = ["by"],
): ActorMention | null {
  const { tokens } = facts.sentence;
  const clause = facts.clauses[at];
  for (let i = at; i < tokens.length && i < at + 8 && facts.clauses[i] === clause; i++) {
    if (!prepositions.includes(tokens[i]?.fold ?? "")) continue;
    const m = facts.actors.find(
      (a) => a.tokenStart === i + 1 || (a.tokenStart === i + 2 && tokens[i + 1]?.fold === "the"),
    );
    if (m) return m;
  }
  return null;
}

/** The speaker of a speech verb before token `at` ("X said ...", "according to X"), with the verb's position. */
export function speakerBefore(
  facts: SentenceFacts,
  at: number,
  isSpeechVerb: (i: number) => boolean,
): { speaker: ActorMention; verb: number } | null {
  for (let i = at - 1; i >= 0; i--) {
    if (!isSpeechVerb(i)) continue;
    const speaker = subjectBefore(facts, i, true);
    if (speaker) return { speaker, verb: i };
  }
  return null;
}

/** Whether only "and" (and "the") stands between a and b: "the US and the UK". */
function areJoinedByAnd(tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  const between = tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.fold);
  return (
    between.length > 0 &&
    between.length <= 2 &&
    between[0] === "and" &&
    between.slice(1).every((w) => w === "the")
  );
}

/** The other names coordinated with a mention: "the US and the UK", "American and British". */
export function conjuncts(facts: SentenceFacts, mention: ActorMention): ActorMention[] {
  const { tokens } = facts.sentence;
  const index = facts.actors.indexOf(mention);
  const before = facts.actors[index - 1];
  const after = facts.actors[index + 1];
  return [
    before && areJoinedByAnd(tokens, before, mention) ? before : null,
    after && areJoinedByAnd(tokens, mention, after) ? after : null,
  ].filter((m): m is ActorMention => m !== null);
}
