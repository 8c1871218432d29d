import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ActorExtension, ActorRef } from "../knowledge/types.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";

const isWord = (t: Token | undefined): t is Token =>
  t !== undefined && (t.kind === "word" || t.kind === "number");
const isCapitalised = (t: Token | undefined): t is Token => isWord(t) && t.case !== "lower";

/** Which extensions can follow which kind of name. */
function extensionFits(refs: readonly ActorRef[], extension: ActorExtension): boolean {
  const entity = refs[0]?.entity;
  if (entity === "country") return extension.role !== "members";
  if (entity === "organisation") return extension.role === "members" || extension.role === "institution";
  return false;
}

/** One reference per entity, the first way the name denotes it ("US" is a name and a demonym of one country). */
function uniqueRefs(refs: readonly ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const id = r.entity === "country" ? `country:${r.iso3}` : `${r.entity}:${r.id}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Whether a title ("Mr.", "General", "Prime Minister") ends right before token i. */
function titledAt(kb: KnowledgeBase, tokens: readonly Token[], i: number): boolean {
  for (let s = Math.max(0, i - 4); s < i; s++) {
    const title = kb.personTitles.longestAt(tokens, s);
    if (!title) continue;
    if (title.end === i) return true;
    if (tokens[title.end]?.text === "." && title.end + 1 === i) return true;
  }
  return false;
}

/** A capitalised word before a one-word country name makes it part of a person's name ("Michael Jordan"). */
function isPrecededByName(kb: KnowledgeBase, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return isCapitalised(before) && !kb.functionWords.has(before.fold) && before.end < (tokens[i]?.start ?? 0);
}

const STANCES = new Set(["pro", "anti"]);

/** "a pro-government militia", "anti-Houthi forces": the name after "pro-" or "anti-" is no party to the act. */
function isStanceModifier(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const stance = tokens[i - 2];
  return (
    dash?.text === "-" &&
    stance !== undefined &&
    STANCES.has(stance.fold) &&
    stance.end === dash.start &&
    dash.end === (tokens[i] as Token).start
  );
}

/** The mention of tokens [tokenStart, tokenEnd), with every field set so that all mentions share one shape. */
function mentionOf(
  text: string,
  tokens: readonly Token[],
  tokenStart: number,
  tokenEnd: number,
  refs: ActorRef[],
  extension: ActorExtension | null,
  rule: string,
  organisationNameCountry: string | null = null,
  armedGroup: ActorMention["armedGroup"] = null,
): ActorMention {
  const start = (tokens[tokenStart] as Token).start;
  const end = (tokens[tokenEnd - 1] as Token).end;
  return {
    text: text.slice(start, end),
    start,
    end,
    tokenStart,
    tokenEnd,
    refs,
    extension,
    organisationNameCountry,
    kindFromContext: rule === "bare-state-institution" ? "STATE" : null,
    armedGroup,
    partner: null,
    rule,
  };
}

/**
 * Finds every span that names an actor: known names and aliases (longest first), a country's
 * institutions, offices and people ("Afghan troops", "Pakistan's defence minister", "Afghan
 * civilians", "the government of Pakistan"), an organisation's members ("TTP militants"), and
 * names that only contain a country ("Jordan Times", an organisation of its own).
 * A surname alone ("Asif") counts only after a title or after the person's full name.
 */
export function findActorMentions(kb: KnowledgeBase, text: string, tokens: readonly Token[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  const peopleSeen = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const found = kb.actorNames.longestAt(tokens, i);
    if (!found) {
      const group = findQualifiedArmedGroup(kb, tokens, i);
      if (group) {
        mentions.push(
          mentionOf(text, tokens, i, group.end, [], null, "qualified-armed-group", null, {
            kind: group.kind,
            country: null,
          }),
        );
        i = group.end;
        continue;
      }
      const institution = findInstitutionOfCountry(kb, text, tokens, i);
      if (institution !== null) {
        mentions.push(institution);
        i = institution.tokenEnd;
        continue;
      }
      const bare = kb.bareStateNouns.longestAt(tokens, i);
      // "a military base" names a place that was hit, not the military.
      const facility = bare ? kb.facilityTargets.longestAt(tokens, i) : null;
      const isPartOfFacility = facility !== null && bare !== null && facility.end > bare.end;
      if (
        bare &&
        !isPartOfFacility &&
        tokens[bare.end]?.fold !== "of" &&
        !isCapitalised(tokens[bare.end]) &&
        !isModifier(kb, tokens, i, bare.end)
      ) {
        mentions.push(mentionOf(text, tokens, i, bare.end, [], null, "bare-state-institution"));
        i = bare.end;
        continue;
      }
      i++;
      continue;
    }
    const refs = uniqueRefs(
      found.values.filter(
        (r) => r.entity !== "person" || r.via !== "short" || peopleSeen.has(r.id) || titledAt(kb, tokens, i),
      ),
    );
    const countryOnly = refs.length > 0 && refs.every((r) => r.entity === "country");
    if (
      refs.length === 0 ||
      (countryOnly && found.end - found.start === 1 && isPrecededByName(kb, tokens, i))
    ) {
      i = found.end;
      continue;
    }

    let end = found.end;
    const possessive = tokens[end]?.kind === "possessive";
    const extensionAt = possessive ? end + 1 : end;
    const extension = kb.actorExtensions.longestAt(tokens, extensionAt);
    const fitting = extension?.values.find((e) => extensionFits(refs, e)) ?? null;

    const armed = countryOnly && !fitting && !possessive ? kb.armedGroupNouns.longestAt(tokens, end) : null;
    const armedKind = armed?.values[0];
    if (armed && armedKind && refs[0]?.entity === "country") {
      // "Syrian rebels", "Afghan militants": a group of that country's, not its state or people.
      mentions.push(
        mentionOf(text, tokens, i, armed.end, [], null, "demonym-armed-group", null, {
          kind: armedKind,
          country: refs[0].iso3,
        }),
      );
      i = armed.end;
      continue;
    }

    if (countryOnly && !fitting && !possessive && isCapitalised(tokens[end])) {
      // A capitalised run after a country: an organisation's name ("Jordan Times") or another name.
      let runEnd = end;
      while (isCapitalised(tokens[runEnd])) runEnd++;
      const run = tokens.slice(end, runEnd);
      if (run.some((t) => kb.organisationHeads.has(t.fold))) {
        const country = refs[0]?.entity === "country" ? refs[0].iso3 : null;
        mentions.push(
          mentionOf(text, tokens, i, runEnd, [], null, "organisation-name-with-country", country),
        );
        i = runEnd;
        continue;
      }
      if (!kb.functionWords.has((run[0] as Token).fold)) {
        i = runEnd;
        continue;
      }
    }

    if (fitting && extension) end = extension.end;
    for (const r of refs) if (r.entity === "person") peopleSeen.add(r.id);
    mentions.push(
      mentionOf(text, tokens, i, end, refs, fitting, fitting ? `actor-name+${fitting.role}` : "actor-name"),
    );
    i = end;
  }
  return joinUnitsToOwners(
    text,
    tokens,
    mentions.filter((m) => !isStanceModifier(tokens, m.tokenStart)),
  );
}

/**
 * "the Revolutionary Armed Forces of Colombia (FARC) 33rd Front": a name and its abbreviation that
 * only say whose unit the next name is are part of the unit's mention.
 */
function joinUnitsToOwners(text: string, tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  // Most sentences hold no name followed by a bracket: nothing to join.
  if (!mentions.some((m) => tokens[m.tokenEnd]?.text === "(")) return mentions;
  const joined: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const owner = mentions[k] as ActorMention;
    const abbreviation = mentions[k + 1];
    const unit = mentions[k + 2];
    const isUnitOfOwner =
      abbreviation?.tokenStart === owner.tokenEnd + 1 &&
      tokens[owner.tokenEnd]?.text === "(" &&
      tokens[abbreviation.tokenEnd]?.text === ")" &&
      unit?.tokenStart === abbreviation.tokenEnd + 1 &&
      unit.refs.some((r) => r.entity === "organisation");
    if (!isUnitOfOwner) {
      joined.push(owner);
      continue;
    }
    joined.push({
      ...unit,
      text: text.slice(owner.start, unit.end),
      start: owner.start,
      tokenStart: owner.tokenStart,
    });
    k += 2;
  }
  return joined;
}

/**
 * "military supplies", "army base": a one-word state noun before a lower-case noun modifies it.
 * Before a verb it is still the party: "army said", "military launched", "government has".
 */
function isModifier(kb: KnowledgeBase, tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (end - start !== 1 || !kb.modifierStateNouns.has(tokens[start]?.fold ?? "") || !next) return false;
  if (next.kind !== "word" || next.case !== "lower" || kb.functionWords.has(next.fold)) return false;
  // "military officials", "army troops": the noun after is the party itself.
  const names = kb.actorExtensions.longestAt(tokens, end)?.values.some((e) => e.role !== "civilians");
  return !names && !/ed$/.test(next.fold) && !kb.cues.speech.longestAt(tokens, end);
}

/** "the government of Pakistan", "Ministry of Defence of Pakistan": an institution of a named country. */
function findInstitutionOfCountry(
  kb: KnowledgeBase,
  text: string,
  tokens: readonly Token[],
  i: number,
): ActorMention | null {
  const extension = kb.actorExtensions.longestAt(tokens, i);
  const fitting = extension?.values.find((e) => e.role === "institution" || e.role === "office");
  if (!extension || !fitting || tokens[extension.end]?.fold !== "of") return null;
  let k = extension.end + 1;
  if (tokens[k]?.fold === "the") k++;
  const country = kb.actorNames.longestAt(tokens, k);
  const refs = country?.values.filter((r) => r.entity === "country" && r.via === "name") ?? [];
  if (!country || refs.length === 0) return null;
  return mentionOf(text, tokens, i, country.end, refs, fitting, `${fitting.role}-of-country`);
}

/**
 * "Tuareg rebels", "Druze fighters": a capitalised qualifier that names no known actor, then a
 * noun for an armed group, is an ad-hoc group of its own. A run that starts a sentence is left
 * alone ("Suspected militants"), as is one inside a longer capitalised name.
 */
function findQualifiedArmedGroup(
  kb: KnowledgeBase,
  tokens: readonly Token[],
  i: number,
): { end: number; kind: "REBEL" | "MILITIA" } | null {
  if (!isCapitalised(tokens[i]) || tokens[i]?.kind !== "word" || kb.functionWords.has(tokens[i]?.fold ?? ""))
    return null;
  const before = tokens[i - 1];
  if (!before || /^[.!?:;"“‘']$/.test(before.text) || isCapitalised(before)) return null;
  let k = i;
  while (k - i < 3 && isCapitalised(tokens[k]) && tokens[k]?.kind === "word") {
    if (kb.actorNames.longestAt(tokens, k) || kb.organisationHeads.has(tokens[k]?.fold ?? "")) return null;
    k++;
  }
  if (k === i) return null;
  const noun = kb.armedGroupNouns.longestAt(tokens, k);
  const kind = noun?.values[0];
  return noun && kind ? { end: noun.end, kind } : null;
}
