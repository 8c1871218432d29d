import { assaultModeRefiner } from "./refiners/assaultModeRefiner.ts";
import { attributionRefiner } from "./refiners/attributionRefiner.ts";
import { blameRefiner } from "./refiners/blameRefiner.ts";
import { casualtyRefiner } from "./refiners/casualtyRefiner.ts";
import { causalLinkRefiner } from "./refiners/causalLinkRefiner.ts";
import { denialTargetRefiner } from "./refiners/denialTargetRefiner.ts";
import { envoyHostRefiner } from "./refiners/envoyHostRefiner.ts";
import { implicitTargetRefiner } from "./refiners/implicitTargetRefiner.ts";
import { measureTargetRefiner } from "./refiners/measureTargetRefiner.ts";
import { mediationTargetRefiner } from "./refiners/mediationTargetRefiner.ts";
import { modalityRefiner } from "./refiners/modalityRefiner.ts";
import { outcomeSentenceRefiner } from "./refiners/outcomeSentenceRefiner.ts";
import { placeRefiner } from "./refiners/placeRefiner.ts";
import { quotedSpeakerRefiner } from "./refiners/quotedSpeakerRefiner.ts";
import type { Refiner } from "./refiners/Refiner.ts";
import { reactionTargetRefiner } from "./refiners/reactionTargetRefiner.ts";
import { responsibilityRefiner } from "./refiners/responsibilityRefiner.ts";
import { restatedNounRefiner } from "./refiners/restatedNounRefiner.ts";
import { resultVerbRefiner } from "./refiners/resultVerbRefiner.ts";
import { statementModeRefiner } from "./refiners/statementModeRefiner.ts";
import { talksOutcomeRefiner } from "./refiners/talksOutcomeRefiner.ts";
import { victimGroupsRefiner } from "./refiners/victimGroupsRefiner.ts";

/**
 * The refiners, in the order they run over the candidates the matchers proposed
 * (see readSentenceFacts for the matchers and proposeEvents for the candidates).
 */
export const REFINERS: readonly Refiner[] = [
  // First: a killing beside the attack that caused it is that attack's outcome.
  resultVerbRefiner,
  restatedNounRefiner,
  talksOutcomeRefiner,
  // Before attribution: a claimant becomes source and attribution at once.
  responsibilityRefiner,
  blameRefiner,
  attributionRefiner,
  modalityRefiner,
  assaultModeRefiner,
  // Before modes: a quotation's statement gets its speaker; a denial its accuser.
  quotedSpeakerRefiner,
  denialTargetRefiner,
  // After the responsibility claims: a reaction is addressed to whoever did the act.
  reactionTargetRefiner,
  mediationTargetRefiner,
  statementModeRefiner,
  casualtyRefiner,
  // After casualties, before implicit targets: each group of victims its own act and count; a
  // sentence that only gives a toll gives it to the act just reported.
  victimGroupsRefiner,
  outcomeSentenceRefiner,
  // After casualties: the victims a count names may be the target.
  implicitTargetRefiner,
  measureTargetRefiner,
  envoyHostRefiner,
  // After attribution: the speaker's name is not a place of the event.
  placeRefiner,
  // Last: links join the candidates that survived, in document order.
  causalLinkRefiner,
];
