import type { EventType } from "../knowledge/schema.ts";
import type { ActorMention } from "./ActorMention.ts";
import type { CasualtyCount } from "./findCasualtyCounts.ts";
import type { PlaceMention } from "./findPlaceMentions.ts";
import type { Sentence } from "./Sentence.ts";
import type { TriggerMention } from "./TriggerMention.ts";

/** An actor filling a role, with the rule that put it there. */
export interface RoleFiller {
  mention: ActorMention;
  rule: string;
}

/** A character range of the document that states the event. */
export interface EvidenceSpan {
  start: number;
  end: number;
}

/**
 * An event as the extract stage proposes it: mentions, not yet resolved against the knowledge
 * base or the calendar. Refiners fill, correct, merge or drop candidates; resolve turns the
 * survivors into ConflictEvents.
 */
export interface EventCandidate {
  type: EventType;
  mode: string;
  trigger: TriggerMention;
  sentence: Sentence;
  source: RoleFiller | null;
  target: RoleFiller | null;
  attribution: RoleFiller | null;
  places: PlaceMention[];
  fatalities: CasualtyCount | null;
  injuries: CasualtyCount | null;
  negated: boolean;
  /** Only possible, planned or conditional: dropped before output (GUIDELINE §1). */
  hypothetical: boolean;
  /** Refers back to an earlier event ("the strikes"), to be merged into it. */
  anaphoric: boolean;
  /** The sentence whose date expressions time the event, when not its own (a quotation's speaker's). */
  timedBy: number | null;
  /**
   * A claim of responsibility that names the event ("X on Saturday claimed responsibility for the
   * attack"): where it ends, since dates before that time the claim, not the act; and whether it
   * names an act already reported ("the attack"), which it then attributes.
   */
  claim: { end: number; ofEarlierAct: boolean } | null;
  evidence: EvidenceSpan[];
  /** Earlier candidates this one answers (GUIDELINE §7 in_response_to). */
  respondsTo: EventCandidate[];
  /** Ids of the rules that produced and shaped the candidate, for --explain. */
  rules: string[];
}
