import type { Actor } from "../../core/actor.ts";
import type { ConflictEvent } from "../../core/ConflictEvent.ts";

const actor = (a: Actor | null) => (a ? `${a.name} (${a.country ?? "—"} ${a.kind})` : "—");

/** Events as a readable list: one block per event, its evidence quoted, its rules when explaining. */
export function formatEventTable(
  events: readonly { event: ConflictEvent; rules: string[] }[],
  explain: boolean,
): string {
  if (events.length === 0) return "no events\n";
  return events
    .map(({ event, rules }) => {
      const date = event.date
        ? `${event.date.start}${event.date.end !== event.date.start ? `..${event.date.end}` : ""} (${event.date.precision})`
        : "undated";
      const numbers = [
        event.fatalities &&
          `${event.fatalities.qualifier === "at_least" ? "≥" : ""}${event.fatalities.count} killed`,
        event.injuries &&
          `${event.injuries.qualifier === "at_least" ? "≥" : ""}${event.injuries.count} injured`,
      ].filter(Boolean);
      const lines = [
        `${event.doc} ${event.id}  ${event.type}/${event.mode}${event.negated ? "  NEGATED" : ""}  ${date}`,
        `  ${actor(event.source)} → ${actor(event.target)}`,
        event.locations.length > 0
          ? `  at ${event.locations.map((l) => `${l.name} (${l.country})`).join(", ")}`
          : null,
        numbers.length > 0 ? `  ${numbers.join(", ")}` : null,
        event.attribution ? `  according to ${actor(event.attribution)}` : null,
        event.in_response_to.length > 0 ? `  in response to ${event.in_response_to.join(", ")}` : null,
        ...event.evidence.map((e) => `  “${e.text.replace(/\s+/g, " ")}” [${e.start}–${e.end}]`),
        explain ? `  rules: ${rules.join(", ")}` : null,
      ];
      return lines.filter((l) => l !== null).join("\n");
    })
    .join("\n\n")
    .concat("\n");
}
