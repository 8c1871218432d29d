import type { ActorExtension, ActorRef } from "../knowledge/types.ts";

/** A span of text that names an actor, before resolution against a date. */
export interface ActorMention {
  text: string;
  /** Character offsets into the text the tokens came from. */
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** What the name may stand for; several when the name is ambiguous. Empty for an unknown organisation name. */
  refs: ActorRef[];
  /** An institution, office, civilian or member noun that follows the name ("army", "civilians"). */
  extension: ActorExtension | null;
  /** For a bigger name that contains a country ("Jordan Times"): the country it contains. */
  organisationNameCountry: string | null;
  /**
   * A party named without its country: a state's institution ("security forces") or the people
   * a target stands for ("a mosque", "a military base"); the country comes from the context.
   */
  kindFromContext: "STATE" | "CIVILIANS" | null;
  /**
   * An ad-hoc armed group named by a qualifier and a noun ("Tuareg rebels", "Syrian rebels"): its
   * kind, and the country of its demonym (else the context's, settled at resolution); else null.
   */
  armedGroup: { kind: "REBEL" | "MILITIA"; country: string | null } | null;
  /**
   * For a description of two parties ("the two sides"), the second of them; the mention itself
   * stands for the first; else null.
   */
  partner: ActorMention | null;
  /** Id of the rule that found the mention. */
  rule: string;
}
