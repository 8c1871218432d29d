import type { IsoDate } from "../core/isoDate.ts";
import type { ActorMention } from "../extract/ActorMention.ts";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { resolveActorRef } from "./resolveActorRef.ts";

/**
 * The actors a mention may denote on a date, best first. The extension decides what a country
 * mention denotes: its institutions and offices are the state, its civilian nouns its people.
 * A party named without its country ("security forces", "a mosque") is the state or the people of
 * `contextCountry`, the country the sentence or document is about; without one it denotes no actor.
 */
export function resolveActorMention(
  kb: KnowledgeBase,
  mention: ActorMention,
  date: IsoDate | null,
  contextCountry: string | null = null,
): ResolvedActor[] {
  if (mention.armedGroup) {
    // An ad-hoc group ("Tuareg rebels"): its own name, the demonym's country or the context's.
    const { kind, country } = mention.armedGroup;
    return [
      {
        name: mention.text,
        country: country ?? contextCountry,
        kind,
        key: mention.text,
        entity: null,
        title: null,
        via: "armed-group",
        actsFor: null,
      },
    ];
  }
  if (mention.kindFromContext) {
    if (!contextCountry) return [];
    const kind = mention.kindFromContext;
    return [
      {
        name: mention.text,
        country: contextCountry,
        kind,
        key: `${contextCountry}:${kind}`,
        entity: `country:${contextCountry}`,
        title: null,
        via: "institution",
        actsFor: null,
      },
    ];
  }
  if (mention.refs.length === 0) {
    return [
      {
        name: mention.text,
        country: mention.organisationNameCountry,
        kind: "OTHER",
        key: mention.text,
        entity: null,
        title: null,
        via: "organisation-name",
        actsFor: null,
      },
    ];
  }
  const resolved: ResolvedActor[] = [];
  for (const ref of mention.refs) {
    const actor = resolveActorRef(kb, ref, date);
    if (!actor) continue;
    const extension = mention.extension;
    if (extension && ref.entity === "country") {
      const kind = extension.role === "civilians" ? "CIVILIANS" : "STATE";
      resolved.push({
        ...actor,
        name: mention.text,
        kind,
        key: `${actor.country}:${kind}`,
        title: extension.role === "office" ? extension.phrase : null,
        via: extension.role,
      });
    } else if (extension) {
      // "TTP militants" is the TTP: printed under its own name, which the scorer's aliases know.
      resolved.push({ ...actor, via: extension.role });
    } else {
      resolved.push(actor);
    }
  }
  return resolved;
}
