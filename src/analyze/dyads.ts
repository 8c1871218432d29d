import type { Actor } from "../core/actor.ts";

/** The key an actor is compared by: `PAK:STATE` for states and civilians, else its name. */
export function partyKey(actor: Actor | null): string | null {
  if (!actor) return null;
  return actor.kind === "STATE" || actor.kind === "CIVILIANS"
    ? `${actor.country ?? "?"}:${actor.kind}`
    : actor.name;
}

/** Whether an event's source and target are the two parties of a dyad, in either order. */
export function inDyad(
  event: { source: Actor | null; target: Actor | null },
  dyad: readonly [string, string],
): boolean {
  const s = partyKey(event.source);
  const t = partyKey(event.target);
  return (s === dyad[0] && t === dyad[1]) || (s === dyad[1] && t === dyad[0]);
}

/** "PAK:STATE,AFG:STATE" as a pair of keys, or null when it is not two keys. */
export function parseDyad(text: string): [string, string] | null {
  const parts = text.split(",").map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}
