import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { clauseBoundaries } from "./clauseBoundaries.ts";
import { findActorMentions } from "./findActorMentions.ts";
import { findCasualtyCounts } from "./findCasualtyCounts.ts";
import { findDateExpressions } from "./findDateExpressions.ts";
import { findPersonRoles } from "./findPersonRoles.ts";
import { findPlaceMentions } from "./findPlaceMentions.ts";
import { findTriggers } from "./findTriggers.ts";
import type { Sentence } from "./Sentence.ts";
import type { SentenceFacts } from "./SentenceFacts.ts";

/**
 * Runs the matchers over one sentence. Order matters: names first, because triggers and places
 * inside a name are not triggers or places ("Rapid Support Forces", "Kabul" as a government).
 */
export function readSentenceFacts(kb: KnowledgeBase, masked: string, sentence: Sentence): SentenceFacts {
  const { tokens } = sentence;
  const actors = findActorMentions(kb, masked, tokens);
  const nameSpans = actors.map((m) => [m.tokenStart, m.tokenEnd] as const);
  const countries = actors.flatMap((m) => m.refs.flatMap((r) => (r.entity === "country" ? [r.iso3] : [])));
  return {
    sentence,
    clauses: clauseBoundaries(kb, tokens),
    actors,
    personRoles: findPersonRoles(kb, masked, tokens, actors),
    places: findPlaceMentions(kb, masked, tokens, countries),
    dates: findDateExpressions(masked.slice(sentence.start, sentence.end), sentence.start),
    casualties: findCasualtyCounts(tokens),
    triggers: findTriggers(kb, masked, tokens, nameSpans),
  };
}
