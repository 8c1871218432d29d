import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";
import { clauseBoundaries } from "./clauseBoundaries.ts";
import { findActorMentions } from "./findActorMentions.ts";
import { type AnaphoraMemory, findAnaphors, newAnaphoraMemory } from "./findAnaphors.ts";
import { findCasualtyCounts } from "./findCasualtyCounts.ts";
import { findDateExpressions } from "./findDateExpressions.ts";
import { findPersonRoles } from "./findPersonRoles.ts";
import { findPlaceMentions } from "./findPlaceMentions.ts";
import { findTriggers } from "./findTriggers.ts";
import { personMention, surnameMention } from "./personMentions.ts";
import type { Sentence } from "./Sentence.ts";
import type { SentenceFacts } from "./SentenceFacts.ts";

interface TokenSpan {
  tokenStart: number;
  tokenEnd: number;
}

function hasSameSpan(spans: readonly TokenSpan[], m: TokenSpan): boolean {
  return spans.some((p) => p.tokenStart === m.tokenStart && p.tokenEnd === m.tokenEnd);
}

function coversToken(spans: readonly TokenSpan[], i: number): boolean {
  return spans.some((m) => i >= m.tokenStart && i < m.tokenEnd);
}

function liesInside(spans: readonly TokenSpan[], m: TokenSpan): boolean {
  return spans.some((a) => m.tokenStart >= a.tokenStart && m.tokenEnd <= a.tokenEnd);
}

/**
 * Runs the matchers over one sentence. Order matters: names first, because triggers and places
 * inside a name are not triggers or places ("Rapid Support Forces", "Kabul" as a government);
 * then people attached to actors by role phrases, who become mentions of those actors.
 * `peopleBySurname` carries such people from sentence to sentence of one document, and
 * `anaphora` the parties "the group" and "he" refer back to.
 */
export function readSentenceFacts(
  kb: KnowledgeBase,
  masked: string,
  sentence: Sentence,
  peopleBySurname: Map<string, ActorMention> = new Map(),
  anaphora: AnaphoraMemory = newAnaphoraMemory(),
): SentenceFacts {
  const { tokens } = sentence;
  const speechCues = tokens.map((_, i) => kb.cues.speech.longestAt(tokens, i));
  const found = findActorMentions(kb, masked, tokens);
  const personRoles = findPersonRoles(kb, masked, tokens, found);
  // The role the text gives a person wins over the knowledge base's: it is evidence of that day.
  const people = personRoles.map(personMention);
  const known = found.filter((m) => !hasSameSpan(people, m));
  const newPeople = people.filter((p) => !coversToken(known, p.tokenStart));
  for (const p of newPeople) peopleBySurname.set(tokens[p.tokenEnd - 1]?.fold ?? "", p);
  // A person of the knowledge base named in full ("Khawaja Asif") may be named by surname after.
  for (const m of known)
    if (!m.extension && m.tokenEnd - m.tokenStart > 1 && m.refs.some((r) => r.entity === "person"))
      peopleBySurname.set(tokens[m.tokenEnd - 1]?.fold ?? "", m);
  const surnames: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Most words are no surname met before: only those are looked for among the names.
    if (t.case === "lower") continue;
    const earlier = peopleBySurname.get(t.fold);
    if (!earlier || newPeople.includes(earlier)) continue;
    if (!coversToken(known, i) && !coversToken(newPeople, i)) surnames.push(surnameMention(earlier, t, i));
  }
  const named = [...known, ...newPeople, ...surnames].sort((a, b) => a.tokenStart - b.tokenStart);
  const anaphors = findAnaphors(kb, tokens, named, anaphora);
  // A name inside a description that refers back is part of it: "the two ex-Soviet neighbours",
  // "the Yemeni group".
  const actors = [...named.filter((m) => !liesInside(anaphors, m)), ...anaphors].sort(
    (a, b) => a.tokenStart - b.tokenStart,
  );
  const nameSpans = actors.map((m) => [m.tokenStart, m.tokenEnd] as const);
  // A group's or person's name is no place, even when a village bears it ("Taliban", "Khan"), nor
  // is a demonym ("a Somali military base" is not in Ethiopia's Somali Region); a country's or
  // capital's name may be both ("strikes on Kabul").
  const groupNameSpans = actors
    .filter((m) => !m.refs.some((r) => r.entity === "country" && r.via !== "demonym"))
    .map((m) => [m.tokenStart, m.tokenEnd] as const);
  const countries: string[] = [];
  for (const m of actors) for (const r of m.refs) if (r.entity === "country") countries.push(r.iso3);
  return {
    sentence,
    clauses: clauseBoundaries(tokens, speechCues),
    speechCues,
    actors,
    personRoles,
    places: findPlaceMentions(kb, masked, tokens, countries).filter(
      (p) => !groupNameSpans.some(([start, end]) => p.tokenStart >= start && p.tokenEnd <= end),
    ),
    dates: findDateExpressions(masked.slice(sentence.start, sentence.end), sentence.start),
    casualties: findCasualtyCounts(tokens),
    triggers: findTriggers(kb, masked, tokens, nameSpans),
  };
}
