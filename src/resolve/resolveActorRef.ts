import { actorKey } from "../core/actor.ts";
import { type IsoDate, isWithin } from "../core/isoDate.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { RoleEntry } from "../knowledge/schema.ts";
import type { ActorRef, Person } from "../knowledge/types.ts";
import { kindOfOrganisationAt } from "./kindOfOrganisationAt.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";

/** The role a person holds on a date: the first listed role that covers it. */
export function roleAt(person: Person, date: IsoDate | null): RoleEntry | null {
  if (date === null) return person.roles.find((r) => r.to === undefined) ?? null;
  return person.roles.find((r) => isWithin(date, r.from, r.to)) ?? null;
}

function canonicalKey(kind: string, country: string | null, name: string): string {
  return actorKey({ name, country, kind: kind as ResolvedActor["kind"] });
}

/**
 * Resolves what a name stands for to an actor on a date: a country to its state (or its people,
 * for "Afghans"), an organisation to its kind at that date, a person to the state or organisation
 * of the role they held then.
 */
export function resolveActorRef(
  kb: KnowledgeBase,
  ref: ActorRef,
  date: IsoDate | null,
): ResolvedActor | null {
  if (ref.entity === "country") {
    const country = kb.countries.get(ref.iso3);
    if (!country) return null;
    const kind = ref.via === "people" ? "CIVILIANS" : "STATE";
    return {
      name: country.name,
      country: country.iso3,
      kind,
      key: canonicalKey(kind, country.iso3, country.name),
      entity: `country:${country.iso3}`,
      title: null,
      via: ref.via,
      actsFor: null,
    };
  }
  if (ref.entity === "organisation") {
    const org = kb.organisations.get(ref.id);
    if (!org) return null;
    const { kind, country } = kindOfOrganisationAt(org, date);
    return {
      name: org.name,
      country,
      kind,
      key: canonicalKey(kind, country, org.name),
      entity: `organisation:${org.id}`,
      title: null,
      via: ref.via,
      actsFor: null,
    };
  }
  const person = kb.people.get(ref.id);
  if (!person) return null;
  const role = roleAt(person, date);
  if (role?.country) {
    return {
      name: person.name,
      country: role.country,
      kind: "STATE",
      key: `${role.country}:STATE`,
      entity: `person:${person.id}`,
      title: role.title,
      via: ref.via,
      actsFor: `country:${role.country}`,
    };
  }
  if (role?.org) {
    const org = kb.organisations.get(role.org);
    if (org) {
      const { kind, country } = kindOfOrganisationAt(org, date);
      return {
        name: person.name,
        country,
        kind,
        key: canonicalKey(kind, country, org.name),
        entity: `person:${person.id}`,
        title: role.title,
        via: ref.via,
        actsFor: `organisation:${org.id}`,
      };
    }
  }
  const otherwise = person.otherwise ?? { country: null, kind: "OTHER" as const };
  return {
    name: person.name,
    country: otherwise.country,
    kind: otherwise.kind,
    key: canonicalKey(otherwise.kind, otherwise.country, person.name),
    entity: `person:${person.id}`,
    title: null,
    via: ref.via,
    actsFor: null,
  };
}
