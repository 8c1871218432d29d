import { eventsByCandidate, type ResolvedEvent } from "./resolveCandidates.ts";

/**
 * An attack that another party's attack answers was aimed at that party: in "the Houthis launched
 * a missile strike in response to joint American and British attacks", the American and British
 * attacks were aimed at the Houthis. Fills only attacks that name no target; each records the
 * rule "target-is-responder".
 */
export function completeTargetsFromResponses(events: readonly ResolvedEvent[]): void {
  const eventOf = eventsByCandidate(events);
  for (const response of events) {
    const responder = response.source;
    if (response.event.type !== "ASSAULT" || !responder) continue;
    const causes = [response.candidate, ...response.merged].flatMap((c) => c.respondsTo);
    // "American and British attacks": every act of the coordinated trigger is answered.
    const answered = events.filter((r) =>
      causes.some((c) => eventOf.get(c) === r || c.trigger === r.candidate.trigger),
    );
    for (const cause of answered) {
      if (cause === response || cause.event.type !== "ASSAULT" || cause.target) continue;
      if (!cause.source || cause.source.key === responder.key) continue;
      // "Hezbollah attacked Israel a day after Hamas' attack, in support of it": a response aimed
      // at none of the causes' authors does not tell whom the causes were aimed at.
      if (response.target && !answered.some((r) => r.source?.key === response.target?.key)) continue;
      cause.target = responder;
      cause.event.target = { name: responder.name, country: responder.country, kind: responder.kind };
      cause.candidate.rules.push("target-is-responder");
    }
  }
}
