import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import { HOSTILE_TYPES } from "./completeTargetsFromDyad.ts";
import type { ResolvedActor } from "./ResolvedActor.ts";
import { resolveActorRef } from "./resolveActorRef.ts";
import type { ResolvedEvent } from "./resolveCandidates.ts";

// Groups that fight their own country's government.
const INSURGENT_KINDS = new Set(["REBEL", "MILITIA"]);

/** Talks and their breaking off, which an insurgency holds with a government. */
function isPeaceProcessEvent(e: ResolvedEvent): boolean {
  if (e.event.type === "CONSULT") return e.event.mode === "talks";
  return e.event.type === "REJECT" && e.candidate.trigger.trigger.frame === "act";
}

/** Whether the document shows the group at odds with a party from another country (Hezbollah and Israel). */
function hasForeignEnemy(events: readonly ResolvedEvent[], group: ResolvedActor): boolean {
  return events.some((e) => {
    if (!HOSTILE_TYPES.has(e.event.type) || !e.source || !e.target) return false;
    const other = e.source.key === group.key ? e.target : e.target.key === group.key ? e.source : null;
    return other !== null && other.country !== group.country;
  });
}

/**
 * Peace talks or the halting of talks with an insurgent group that name no other party are held
 * with the government of the group's country, unless the document shows the group at odds with a
 * party from elsewhere: "Peace negotiations with the ELN ... were halted" are Colombia's. Runs after
 * the document's dyad, which may know the other side better. Each completed event records the rule
 * "government-side".
 */
export function completeGovernmentSide(kb: KnowledgeBase, events: readonly ResolvedEvent[]): void {
  for (const e of events) {
    if (!isPeaceProcessEvent(e)) continue;
    const group = e.source && !e.target ? e.source : e.target && !e.source ? e.target : null;
    if (!group?.country || !INSURGENT_KINDS.has(group.kind) || hasForeignEnemy(events, group)) continue;
    const government = resolveActorRef(kb, { entity: "country", iso3: group.country, via: "metonym" }, null);
    if (!government) continue;
    const printed = { name: government.name, country: government.country, kind: government.kind };
    if (group === e.source) {
      e.target = government;
      e.event.target = printed;
    } else {
      e.source = government;
      e.event.source = printed;
    }
    e.candidate.rules.push("government-side");
  }
}
