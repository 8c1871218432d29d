import type { ActorMention } from "./ActorMention.ts";
import type { PersonRoleMention } from "./findPersonRoles.ts";

/**
 * Turns a person attached to an actor by a role phrase into a mention of that actor under the
 * person's name: "Anas Khattab, head of Syria's intelligence service" acts for Syria's state.
 * A former office holder acts for no one: the mention keeps the name and no reference.
 */
export function personMention(role: PersonRoleMention): ActorMention {
  const actsForCountry = role.actor.refs.some((r) => r.entity === "country");
  return {
    text: role.name,
    start: role.start,
    end: role.end,
    tokenStart: role.tokenStart,
    tokenEnd: role.tokenEnd,
    refs: role.former ? [] : role.actor.refs,
    extension: !role.former && actsForCountry ? { role: "office", phrase: role.role } : role.actor.extension,
    organisationNameCountry: null,
    kindFromContext: role.former ? null : role.actor.kindFromContext,
    armedGroup: null,
    partner: null,
    rule: `person-role:${role.rule}`,
  };
}

/** A later bare surname ("Khattab said") of a person attached earlier in the document. */
export function surnameMention(
  earlier: ActorMention,
  token: { text: string; start: number; end: number },
  index: number,
): ActorMention {
  return {
    ...earlier,
    text: token.text,
    start: token.start,
    end: token.end,
    tokenStart: index,
    tokenEnd: index + 1,
    rule: "surname-of-person-role",
  };
}
