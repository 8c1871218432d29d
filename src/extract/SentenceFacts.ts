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
  actors: ActorMention[];
  personRoles: PersonRoleMention[];
  places: PlaceMention[];
  dates: DateExpression[];
  casualties: CasualtyCount[];
  triggers: TriggerMention[];
}
