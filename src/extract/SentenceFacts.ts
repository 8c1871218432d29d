import type { PhraseMatch } from "../knowledge/PhraseIndex.ts";
import type { ActorMention } from "./ActorMention.ts";
import type { CasualtyCount } from "./findCasualtyCounts.ts";
import type { DateExpression } from "./findDateExpressions.ts";
import type { PersonRoleMention } from "./findPersonRoles.ts";
import type { PlaceMention } from "./findPlaceMentions.ts";
import type { Sentence } from "./Sentence.ts";
import type { TriggerMention } from "./TriggerMention.ts";

/** What the matchers found in one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  /** Clause number of each token (see clauseBoundaries). */
  clauses: number[];
  /**
   * The longest speech cue ("said", "according to") starting at each token, or null: looked up
   * once, for the clause boundaries and for the refiners that look for speakers.
   */
  speechCues: (PhraseMatch<string> | null)[];
  actors: ActorMention[];
  personRoles: PersonRoleMention[];
  places: PlaceMention[];
  dates: DateExpression[];
  casualties: CasualtyCount[];
  triggers: TriggerMention[];
}
