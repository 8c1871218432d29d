import { eventsByCandidate, type ResolvedEvent } from "./resolveCandidates.ts";

/**
 * Fighting that names no side and answers an act between two parties is between them: in
 * "fighting broke out after pro-Assad forces carried out an attack on government forces", the
 * fighting is between the two. Records the rule "sides-of-cause".
 */
export function completeClashesFromCauses(events: readonly ResolvedEvent[]): void {
  const eventOf = eventsByCandidate(events);
  for (const clash of events) {
    if (clash.event.mode !== "armed_clash" || clash.source || clash.target) continue;
    const cause = clash.candidate.respondsTo
      .map((c) => eventOf.get(c))
      .find((r) => r?.event.type === "ASSAULT" && r.source && r.target);
    if (!cause?.source || !cause.target) continue;
    clash.source = cause.source;
    clash.target = cause.target;
    clash.event.source = cause.event.source;
    clash.event.target = cause.event.target;
    clash.candidate.rules.push("sides-of-cause");
  }
}
