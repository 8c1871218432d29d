import type { TriggerEntry } from "../knowledge/schema.ts";

/** A word or phrase that reports an action, as found in a sentence. */
export interface TriggerMention {
  trigger: TriggerEntry;
  form: "verb" | "noun";
  /** A verb in the passive voice: "were killed", "was attacked". */
  passive: boolean;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
}
