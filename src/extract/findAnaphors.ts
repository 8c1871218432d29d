import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";

/** The parties last named in a document, for "the group" and "he" to refer back to. */
export interface AnaphoraMemory {
  group: ActorMention | null;
  person: ActorMention | null;
}

function isArmedGroup(kb: KnowledgeBase, mention: ActorMention): boolean {
  return mention.refs.some((r) => {
    if (r.entity !== "organisation") return false;
    const kind = kb.organisations.get(r.id)?.kind;
    return kind === "REBEL" || kind === "MILITIA";
  });
}

function isPerson(mention: ActorMention): boolean {
  return mention.refs.some((r) => r.entity === "person") || mention.rule.startsWith("person-role");
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
  const covered = (i: number) => mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd);
  let group = memory.group;
  let person = memory.person;
  let groupHere = false;
  let personHere = false;
  for (let i = 0; i < tokens.length; i++) {
    for (const m of mentions) {
      if (m.tokenEnd !== i) continue;
      if (!groupHere && isArmedGroup(kb, m)) [group, groupHere] = [m, true];
      if (!personHere && isPerson(m)) [person, personHere] = [m, true];
    }
    if (covered(i)) continue;
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
  return found;
}
