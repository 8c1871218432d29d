import type { IsoDate } from "../core/isoDate.ts";
import { findActorMentions } from "../extract/findActorMentions.ts";
import { findPersonRoles } from "../extract/findPersonRoles.ts";
import type { PlaceCandidate } from "../knowledge/Gazetteer.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { tokenize } from "../nlp/tokenize.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { resolveActorMention } from "./resolveActorMention.ts";
import { resolveActorRef } from "./resolveActorRef.ts";

export interface NameLookup {
  query: string;
  date: IsoDate | null;
  /** Actors the name may denote on the date, best first. */
  actors: ResolvedActor[];
  /** Places of that name, best first. */
  places: PlaceCandidate[];
}

/**
 * Everything a name may denote on a date, as `faultline kb lookup` prints it. The name is read
 * the way the extractor reads text, so patterns work here too ("Afghan troops",
 * "Pakistan's defence minister", "Zabihullah Mujahid, spokesman of the Taliban").
 */
export function lookupName(
  kb: KnowledgeBase,
  query: string,
  date: IsoDate | null,
  maxPlaces = 5,
): NameLookup {
  const text = query.trim().replace(/^the\s+/i, "");
  const tokens = tokenize(text);
  const mentions = findActorMentions(kb, text, tokens);
  const whole = mentions.find((m) => m.tokenStart === 0 && m.tokenEnd === tokens.length);
  let actors: ResolvedActor[] = whole ? resolveActorMention(kb, whole, date) : [];

  if (!whole) {
    const role = findPersonRoles(kb, text, tokens, mentions)[0];
    const actingFor = role ? resolveActorMention(kb, role.actor, date)[0] : undefined;
    if (role && actingFor) {
      actors = [
        {
          ...actingFor,
          name: role.name,
          kind: role.former ? "OTHER" : actingFor.kind,
          key: role.former ? role.name : actingFor.key,
          entity: null,
          title: role.role,
          via: "role-pattern",
          actsFor: actingFor.entity,
        },
      ];
    }
  }
  if (actors.length === 0 && mentions.length === 0) {
    // A surname alone ("Asif") is a weak reference: listed for a look-up, never used in text without context.
    actors = kb.actorNames
      .get(text)
      .filter((r) => r.entity === "person" && r.via === "short")
      .flatMap((r) => resolveActorRef(kb, r, date) ?? []);
  }
  return { query, date, actors, places: kb.places.lookup(text).slice(0, maxPlaces) };
}
