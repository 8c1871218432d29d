import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";
import { PREPOSITIONS } from "./roleSlots.ts";

/** How often and how lately a party was named, for "the two sides" to refer back to. */
interface PartySeen {
  mention: ActorMention;
  count: number;
  last: number;
}

/** The parties last named in a document, for "the group", "he" and "the two sides" to refer back to. */
export interface AnaphoraMemory {
  group: ActorMention | null;
  person: ActorMention | null;
  /** The armed group last named of each country: "the Palestinian group" is the one of Palestine. */
  groupsByCountry: Map<string, ActorMention>;
  /** States and organisations named so far, by party (a state and its government are one party). */
  parties: Map<string, PartySeen>;
}

/** What a document's anaphora remember before its first sentence: nothing yet. */
export function newAnaphoraMemory(): AnaphoraMemory {
  return { group: null, person: null, groupsByCountry: new Map(), parties: new Map() };
}

/**
 * The party a mention names, for counting the two sides of a document: a country, or an
 * organisation (one that governs a country to this day counts as that country: "the Taliban" and
 * "Afghanistan" are one side). People and unnamed institutions are not counted.
 */
function partyKey(kb: KnowledgeBase, mention: ActorMention): string | null {
  const ref = mention.refs[0];
  if (!ref || mention.kindFromContext || mention.partner) return null;
  if (ref.entity === "country") return ref.iso3;
  if (ref.entity !== "organisation") return null;
  const org = kb.organisations.get(ref.id);
  if (!org) return ref.id;
  const governs = org.kind === "STATE" || org.periods.some((p) => p.kind === "STATE" && !p.to);
  return governs && org.country ? org.country : ref.id;
}

function notice(kb: KnowledgeBase, parties: Map<string, PartySeen>, mentions: readonly ActorMention[]) {
  let clock = Math.max(0, ...[...parties.values()].map((p) => p.last));
  for (const m of mentions) {
    const key = partyKey(kb, m);
    if (!key) continue;
    const seen = parties.get(key);
    // The party's own name stands for it better than a person acting for it.
    const mention = seen && isPerson(m) && !isPerson(seen.mention) ? seen.mention : m;
    parties.set(key, { mention, count: (seen?.count ?? 0) + 1, last: ++clock });
  }
}

/** The two parties named most often so far (the latest named first among equals), in that order. */
function twoSides(parties: ReadonlyMap<string, PartySeen>): [ActorMention, ActorMention] | null {
  const [a, b] = [...parties.values()].sort((x, y) => y.count - x.count || y.last - x.last);
  return a && b ? [a.mention, b.mention] : null;
}

/** The end of a pair description at token i ("the two sides", "both nuclear-armed neighbours"), or null. */
function pairAnaphorEnd(kb: KnowledgeBase, tokens: readonly Token[], i: number): number | null {
  const fixed = kb.cues.pairAnaphors.longestAt(tokens, i);
  if (fixed) return fixed.end;
  const opener = kb.cues.pairOpeners.longestAt(tokens, i);
  if (!opener) return null;
  for (let k = opener.end; k < tokens.length && k <= opener.end + 3; k++) {
    const head = kb.cues.pairHeads.longestAt(tokens, k);
    if (head) return head.end;
    const t = tokens[k] as Token;
    if ((t.kind !== "word" && t.text !== "-") || kb.functionWords.has(t.fold)) return null;
  }
  return null;
}

function isArmedGroup(kb: KnowledgeBase, mention: ActorMention): boolean {
  return mention.refs.some((r) => {
    if (r.entity !== "organisation") return false;
    const kind = kb.organisations.get(r.id)?.kind;
    return kind === "REBEL" || kind === "MILITIA";
  });
}

/**
 * "the Yemeni group": the end of a group anaphor whose article and noun stand around a demonym of
 * the group's own country (the demonym mention is `demonym`), or null.
 */
function demonymGroupAnaphorEnd(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  demonym: ActorMention,
  group: ActorMention,
): number | null {
  const the = tokens[demonym.tokenStart - 1];
  if (the?.fold !== "the") return null;
  const countries = demonym.refs.flatMap((r) =>
    r.entity === "country" && r.via === "demonym" ? [r.iso3] : [],
  );
  const groupCountries = group.refs.flatMap((r) =>
    r.entity === "organisation" ? [kb.organisations.get(r.id)?.country] : [],
  );
  if (!countries.some((c) => groupCountries.includes(c))) return null;
  const phrase = [the, ...tokens.slice(demonym.tokenEnd)];
  const match = kb.cues.groupAnaphors.longestAt(phrase, 0);
  return match ? demonym.tokenEnd + match.end - 1 : null;
}

/** Notes an armed group as the latest named of its country. */
function rememberGroupCountries(kb: KnowledgeBase, groups: Map<string, ActorMention>, group: ActorMention) {
  for (const r of group.refs) {
    const country = r.entity === "organisation" ? kb.organisations.get(r.id)?.country : undefined;
    if (country) groups.set(country, group);
  }
}

/** The armed group last named of the country a demonym names, if any. */
function groupOfDemonym(
  groups: ReadonlyMap<string, ActorMention>,
  demonym: ActorMention,
): ActorMention | undefined {
  for (const r of demonym.refs)
    if (r.entity === "country" && r.via === "demonym" && groups.has(r.iso3)) return groups.get(r.iso3);
  return undefined;
}

function isPerson(mention: ActorMention): boolean {
  return mention.refs.some((r) => r.entity === "person") || mention.rule.startsWith("person-role");
}

/** How many words may stand between a speech verb and the pronoun for its speaker ("said on Sunday that it"). */
const SPEAKER_PRONOUN_GAP = 4;
/** Words that may stand between a speaker and the speech verb ("Pakistan has also said"). */
const SPEAKER_VERB_GAP = new Set([
  "has",
  "have",
  "had",
  "also",
  "later",
  "earlier",
  "previously",
  "then",
  "again",
]);

/** Whether token i is a pronoun that may stand for a speaker ("it", "they"). */
function isSpeakerPronoun(kb: KnowledgeBase, tokens: readonly Token[], i: number): boolean {
  return kb.cues.speakerPronouns.longestAt(tokens, i)?.end === i + 1;
}

/** Whether a mention may be a clause's subject: no preposition before it, no possessive after it. */
function mayBeSubject(tokens: readonly Token[], m: ActorMention): boolean {
  let k = m.tokenStart - 1;
  if (["the", "a", "an"].includes(tokens[k]?.fold ?? "")) k--;
  return !PREPOSITIONS.has(tokens[k]?.fold ?? "") && tokens[m.tokenEnd]?.kind !== "possessive";
}

/** Whether a mention lies inside a found description of two parties ("the two sides"). */
function isInPair(found: readonly ActorMention[], m: ActorMention): boolean {
  return found.some((a) => a.partner && m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
}

/** Whether token i lies inside one of the mentions. */
function isCoveredBy(mentions: readonly ActorMention[], i: number): boolean {
  return mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd);
}

/**
 * The party the pronoun at token i, right after a speech verb, stands for: the speech verb's subject
 * ("The RSF said on Sunday they had taken ...", "India launched strikes, saying it had hit ...").
 * Not a person's ("he" and "she" are theirs), nor past another name ("X said Y's forces ..., it").
 * `mentions` are in text order.
 */
function speakerOfPronoun(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  i: number,
): ActorMention | null {
  for (let c = i - 1; c >= Math.max(0, i - 1 - SPEAKER_PRONOUN_GAP); c--) {
    const cue = kb.cues.speech.longestAt(tokens, c);
    if (!cue || cue.end > i) continue;
    if (mentions.some((m) => m.tokenEnd > c && m.tokenStart < i)) return null;
    // "X said", "X has also said": the name right before the verb. ", saying it": the sentence's subject.
    const adjacent = mentions.find(
      (m) => m.tokenEnd <= c && tokens.slice(m.tokenEnd, c).every((t) => SPEAKER_VERB_GAP.has(t.fold)),
    );
    const speaker =
      adjacent ??
      (tokens[c - 1]?.text === ","
        ? mentions.find((m) => m.tokenEnd <= c && mayBeSubject(tokens, m))
        : undefined);
    return speaker && !isPerson(speaker) && !speaker.partner ? speaker : null;
  }
  return null;
}

/**
 * Mentions for "the group" and "he"/"she", standing for the armed group or person the text is
 * about: the first one named in the sentence before the anaphor, else the first one named in the
 * latest sentence that named one (a sentence's first name is usually its subject).
 */
export function findAnaphors(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  memory: AnaphoraMemory,
): ActorMention[] {
  const found: ActorMention[] = [];
  let group = memory.group;
  let person = memory.person;
  let groupHere = false;
  let personHere = false;
  for (let i = 0; i < tokens.length; i++) {
    for (const m of mentions) {
      if (m.tokenEnd !== i) continue;
      if (isArmedGroup(kb, m)) {
        rememberGroupCountries(kb, memory.groupsByCountry, m);
        if (!groupHere) [group, groupHere] = [m, true];
      }
      if (!personHere && isPerson(m)) [person, personHere] = [m, true];
    }
    // "the Yemeni group": looked for only at "the", once a group has been named.
    const demonym =
      group && tokens[i]?.fold === "the"
        ? mentions.find((m) => m.tokenStart === i + 1 && m.tokenEnd === i + 2)
        : undefined;
    const ownGroup = demonym ? groupOfDemonym(memory.groupsByCountry, demonym) : undefined;
    const demonymGroupEnd =
      demonym && ownGroup ? demonymGroupAnaphorEnd(kb, tokens, demonym, ownGroup) : null;
    if (ownGroup && demonymGroupEnd !== null) {
      found.push({
        ...ownGroup,
        start: (tokens[i] as Token).start,
        end: (tokens[demonymGroupEnd - 1] as Token).end,
        tokenStart: i,
        tokenEnd: demonymGroupEnd,
        rule: "group-anaphor",
      });
      i = demonymGroupEnd - 1;
      continue;
    }
    if (isCoveredBy(mentions, i)) continue;
    const pairEnd = pairAnaphorEnd(kb, tokens, i);
    if (pairEnd !== null) {
      const parties = new Map(memory.parties);
      notice(
        kb,
        parties,
        mentions.filter((m) => m.tokenEnd <= i),
      );
      const sides = twoSides(parties);
      if (sides) {
        const span = {
          start: (tokens[i] as Token).start,
          end: (tokens[pairEnd - 1] as Token).end,
          tokenStart: i,
          tokenEnd: pairEnd,
          rule: "pair-anaphor",
        };
        found.push({ ...sides[0], ...span, partner: { ...sides[1], ...span } });
        i = pairEnd - 1;
        continue;
      }
    }
    // The mentions are put in text order only for a pronoun: most tokens are none.
    const speaker = isSpeakerPronoun(kb, tokens, i)
      ? speakerOfPronoun(
          kb,
          tokens,
          [...mentions, ...found].sort((a, b) => a.tokenStart - b.tokenStart),
          i,
        )
      : null;
    if (speaker) {
      const pronoun = tokens[i] as Token;
      found.push({
        ...speaker,
        start: pronoun.start,
        end: pronoun.end,
        tokenStart: i,
        tokenEnd: i + 1,
        rule: "speaker-pronoun",
      });
      continue;
    }
    const groupAnaphor = kb.cues.groupAnaphors.longestAt(tokens, i);
    const personAnaphor = groupAnaphor ? null : kb.cues.personAnaphors.longestAt(tokens, i);
    const antecedent = groupAnaphor ? group : personAnaphor ? person : null;
    const match = groupAnaphor ?? personAnaphor;
    if (!match || !antecedent) continue;
    const first = tokens[i] as Token;
    const last = tokens[match.end - 1] as Token;
    found.push({
      ...antecedent,
      text: antecedent.text,
      start: first.start,
      end: last.end,
      tokenStart: i,
      tokenEnd: match.end,
      rule: groupAnaphor ? "group-anaphor" : "person-anaphor",
    });
    i = match.end - 1;
  }
  memory.group = mentions.find((m) => isArmedGroup(kb, m)) ?? memory.group;
  memory.person = mentions.find(isPerson) ?? memory.person;
  notice(
    kb,
    memory.parties,
    mentions.filter((m) => !isInPair(found, m)),
  );
  return found;
}
