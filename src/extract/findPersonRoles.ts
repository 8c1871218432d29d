import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";

/** A person attached to an actor by a role phrase: "Zabihullah Mujahid, spokesman of the Taliban". */
export interface PersonRoleMention {
  name: string;
  /** Character offsets of the person's name. */
  start: number;
  end: number;
  /** Token range of the person's name. */
  tokenStart: number;
  tokenEnd: number;
  role: string;
  /** The role is a past one ("former president"): the person no longer acts for the actor. */
  former: boolean;
  actor: ActorMention;
  rule: string;
}

const MAX_NAME_WORDS = 5;
// Lower-case particles inside Arabic, Persian, Dutch or Spanish names: "Abdel Fattah al-Burhan".
const NAME_PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "ul",
  "ud",
  "de",
  "del",
  "van",
  "von",
  "der",
  "da",
]);

function isNameWord(kb: KnowledgeBase, t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === "word" &&
    t.case !== "lower" &&
    !kb.functionWords.has(t.fold) &&
    !kb.roleNouns.get(t.text).length &&
    !kb.organisationHeads.has(t.fold) &&
    !kb.actorExtensions.get(t.text).length
  );
}

/** A particle written tight before a hyphen and a name word: the "al-" of "al-Burhan". */
function isParticleAt(kb: KnowledgeBase, tokens: readonly Token[], k: number): boolean {
  return (
    NAME_PARTICLES.has(tokens[k]?.fold ?? "") &&
    tokens[k + 1]?.text === "-" &&
    tokens[k + 1]?.start === tokens[k]?.end &&
    isNameWord(kb, tokens[k + 2])
  );
}

/** Token index after a person's name starting at i ("S. Jaishankar", "Zabihullah Mujahid"), or null. */
function nameEndingAfter(kb: KnowledgeBase, tokens: readonly Token[], i: number): number | null {
  let k = i;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    if (words > 0 && isParticleAt(kb, tokens, k)) k += 2;
    if (!isNameWord(kb, tokens[k])) break;
    k++;
    words++;
    if (tokens[k]?.text === "." && (tokens[k - 1]?.text.length ?? 0) === 1) k++;
  }
  return words > 0 ? k : null;
}

/** Token index where a person's name ending just before `end` starts, or null. */
function nameStartingBefore(kb: KnowledgeBase, tokens: readonly Token[], end: number): number | null {
  let k = end;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    if (tokens[k - 1]?.text === "." && (tokens[k - 2]?.text.length ?? 0) === 1) k--;
    if (!isNameWord(kb, tokens[k - 1])) break;
    k--;
    words++;
  }
  return words > 0 ? k : null;
}

/** A role phrase that ends right before token `end`, with a "former" marker before it. */
function roleEndingAt(kb: KnowledgeBase, tokens: readonly Token[], end: number) {
  for (let s = Math.max(0, end - 4); s < end; s++) {
    const role = kb.roleNouns.longestAt(tokens, s);
    if (role && role.end === end) {
      const former = kb.formerMarkers.has(tokens[s - 1]?.fold ?? "");
      return { start: former ? s - 1 : s, role: role.values[0] as string, former };
    }
  }
  return null;
}

/** A role phrase right after an actor mention, or the one the mention absorbed ("Taliban spokesman"). */
function roleAfter(kb: KnowledgeBase, tokens: readonly Token[], mention: ActorMention) {
  if (mention.extension && kb.roleNouns.get(mention.extension.phrase).length > 0)
    return { end: mention.tokenEnd, role: mention.extension.phrase, former: false };
  let k = mention.tokenEnd;
  if (tokens[k]?.kind === "possessive") k++;
  const former = kb.formerMarkers.has(tokens[k]?.fold ?? "");
  if (former) k++;
  const role = kb.roleNouns.longestAt(tokens, k);
  return role ? { end: role.end, role: role.values[0] as string, former } : null;
}

/** Whether a token may be part of an organisation's name: capitalised, or a possessive. */
function isPartOfName(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === "possessive" || t.case !== "lower");
}

/** The person named by tokens [nameStart, nameEnd), holding `role` for `actor`. */
function personRole(
  text: string,
  tokens: readonly Token[],
  nameStart: number,
  nameEnd: number,
  role: string,
  former: boolean,
  actor: ActorMention,
  rule: string,
): PersonRoleMention {
  const start = (tokens[nameStart] as Token).start;
  const end = (tokens[nameEnd - 1] as Token).end;
  return {
    name: text.slice(start, end),
    start,
    end,
    tokenStart: nameStart,
    tokenEnd: nameEnd,
    role,
    former,
    actor,
    rule,
  };
}

/**
 * Attaches people the knowledge base may not know to the actors they speak or act for:
 *   "<name>, (the) (former) <role> of|for (the) <actor>"      rule person-comma-role-of-actor
 *   "<name>, (the) <actor>'s <role>"                          rule person-comma-actor-role
 *   "<actor>('s) (former) <role> <name>"                      rule actor-role-person
 */
export function findPersonRoles(
  kb: KnowledgeBase,
  text: string,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): PersonRoleMention[] {
  const found: PersonRoleMention[] = [];
  for (const mention of mentions) {
    // "The head of Syria's General Intelligence Service, Anas Khattab, said"
    let o = mention.tokenStart;
    if (tokens[o - 1]?.fold === "the") o--;
    const roleOf = tokens[o - 1]?.fold === "of" ? roleEndingAt(kb, tokens, o - 1) : null;
    if (roleOf) {
      // Skip the rest of the organisation's name: "Syria's General Intelligence Service".
      let c = mention.tokenEnd;
      while (
        c < tokens.length &&
        c < mention.tokenEnd + 6 &&
        tokens[c]?.text !== "," &&
        isPartOfName(tokens[c])
      )
        c++;
      const nameEnd = tokens[c]?.text === "," ? nameEndingAfter(kb, tokens, c + 1) : null;
      if (nameEnd !== null && (tokens[nameEnd] === undefined || tokens[nameEnd]?.text === ",")) {
        found.push(
          personRole(
            text,
            tokens,
            c + 1,
            nameEnd,
            roleOf.role,
            roleOf.former,
            mention,
            "role-of-actor-comma-person",
          ),
        );
        continue;
      }
    }
    // "<name>, the spokesman of the Taliban"
    let k = mention.tokenStart;
    if (tokens[k - 1]?.fold === "the") k--;
    if (["of", "for", "at"].includes(tokens[k - 1]?.fold ?? "")) {
      const role = roleEndingAt(kb, tokens, k - 1);
      if (role) {
        let c = role.start;
        if (tokens[c - 1]?.fold === "the") c--;
        const nameStart = tokens[c - 1]?.text === "," ? nameStartingBefore(kb, tokens, c - 1) : null;
        if (nameStart !== null)
          found.push(
            personRole(
              text,
              tokens,
              nameStart,
              c - 1,
              role.role,
              role.former,
              mention,
              "person-comma-role-of-actor",
            ),
          );
      }
    }

    const after = roleAfter(kb, tokens, mention);
    if (!after) continue;
    // "<name>, the Taliban's chief spokesman"
    let c = mention.tokenStart;
    if (tokens[c - 1]?.fold === "the") c--;
    if (tokens[c - 1]?.text === ",") {
      const nameStart = nameStartingBefore(kb, tokens, c - 1);
      if (nameStart !== null) {
        found.push(
          personRole(
            text,
            tokens,
            nameStart,
            c - 1,
            after.role,
            after.former,
            mention,
            "person-comma-actor-role",
          ),
        );
        continue;
      }
    }
    // "Taliban spokesman Zabihullah Mujahid"
    let n = after.end;
    const titleMatch = kb.personTitles.longestAt(tokens, n);
    if (titleMatch) n = tokens[titleMatch.end]?.text === "." ? titleMatch.end + 1 : titleMatch.end;
    const nameEnd = nameEndingAfter(kb, tokens, n);
    if (nameEnd !== null)
      found.push(
        personRole(text, tokens, n, nameEnd, after.role, after.former, mention, "actor-role-person"),
      );
  }
  return found;
}
