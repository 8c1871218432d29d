import type { Actor } from "../core/actor.ts";
import type { ActorRef } from "../knowledge/types.ts";

/** An actor with what it was resolved from: the knowledge-base entity, the office held, and how. */
export interface ResolvedActor extends Actor {
  /** Scoring key: `COUNTRY:KIND` for states and civilians, else the organisation's canonical name. */
  key: string;
  /** `country:PAK`, `organisation:TTP`, `person:khawaja-asif`, or null for an unknown name. */
  entity: string | null;
  /** The office or role the actor acts in ("Defence Minister"), when known. */
  title: string | null;
  /** How the name denotes the entity (alias, demonym, metonym, institution, person role ...). */
  via:
    | ActorRef["via"]
    | "institution"
    | "office"
    | "civilians"
    | "members"
    | "role-pattern"
    | "armed-group"
    | "organisation-name";
  /** For people: the organisation or state they act for, as an entity id. */
  actsFor: string | null;
}
