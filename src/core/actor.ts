/** Actor kinds of GUIDELINE.md §3. */
export const ACTOR_KINDS = ["STATE", "REBEL", "MILITIA", "CIVILIANS", "IGO", "OTHER"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** An actor as the output contract prints it. */
export interface Actor {
  name: string;
  /** ISO 3166-1 alpha-3 (or ISO 3166-3 for historical states); null when unknown or global. */
  country: string | null;
  kind: ActorKind;
}

/** The key the scorer compares: `COUNTRY:KIND` for states and civilians, else the canonical name. */
export function actorKey(actor: Actor, canonicalName: string = actor.name): string {
  if (actor.kind === "STATE" || actor.kind === "CIVILIANS") return `${actor.country ?? "?"}:${actor.kind}`;
  return canonicalName;
}
