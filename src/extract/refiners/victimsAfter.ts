import type { Token } from "../../nlp/tokenize.ts";
import type { ActorMention } from "../ActorMention.ts";
import type { SentenceFacts } from "../SentenceFacts.ts";
import type { RefinerContext } from "./Refiner.ts";

/** A party the text names only by what it is ("a military base", "civilians"): its country comes from the context. */
export function contextMention(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  kind: "STATE" | "CIVILIANS",
  rule: string,
): ActorMention {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    tokenStart: start,
    tokenEnd: end,
    refs: [],
    extension: null,
    organisationNameCountry: null,
    kindFromContext: kind,
    armedGroup: null,
    partner: null,
    rule,
  };
}

/** How many words after a count may name its victims ("121 members of Damascus' security forces"). */
const REACH = 6;
const GROUP_ENDS = new Set(["and", ",", "were", "was", "have", "had", "killed", "wounded", "injured"]);

/**
 * Who a count of dead or wounded were, named right after it, before `limit`: a party ("14
 * Pakistani soldiers", "members of the security forces"), civilians ("13 civilians"), or a state's
 * men ("six policemen").
 */
export function victimsAfter(
  context: RefinerContext,
  facts: SentenceFacts,
  from: number,
  limit: number,
): ActorMention | null {
  const { tokens } = facts.sentence;
  const end = Math.min(limit, tokens.length, from + REACH);
  for (let i = from; i < end; i++) {
    if (GROUP_ENDS.has(tokens[i]?.fold ?? "")) return null;
    const named = facts.actors.find((m) => m.tokenStart === i);
    if (named) return named;
    const hit = context.kb.facilityTargets.longestAt(tokens, i);
    if (hit && hit.values[0] === "CIVILIANS")
      return contextMention(context.document.text, tokens, i, hit.end, "CIVILIANS", "victims-target");
    const bare = context.kb.bareStateNouns.longestAt(tokens, i);
    if (bare) {
      // "four soldiers of the African Union mission": the soldiers are the mission's.
      const of = tokens[bare.end]?.fold === "of" ? bare.end + 1 : -1;
      const owner = facts.actors.find(
        (m) => m.tokenStart === of || (tokens[of]?.fold === "the" && m.tokenStart === of + 1),
      );
      if (owner) return { ...owner, rule: "victims-owner" };
      return contextMention(context.document.text, tokens, i, i + 1, "STATE", "victims-target");
    }
  }
  return null;
}
