import type { Refiner } from "./Refiner.ts";

/** How many words after the trigger may say what a statement is about. */
const WINDOW = 12;

/**
 * Settles the mode of accusations, threats and rejections from the words after the trigger
 * (knowledge/patterns/cues.yaml `statementModes`): "accuses X of harbouring Y" is harbouring,
 * "warned of retaliation" retaliation, "dismissed the accusations" a denial. A mode named by the
 * trigger itself ("proxy", "open war") stands.
 */
export const statementModeRefiner: Refiner = {
  id: "statement-mode",
  refine(context, candidates) {
    for (const c of candidates) {
      const modes = context.kb.cues.statementModes.get(c.type);
      if (!modes || (c.mode !== "other" && c.type !== "REJECT")) continue;
      const { tokens } = c.sentence;
      const end = Math.min(tokens.length, c.trigger.tokenEnd + WINDOW);
      for (let i = c.trigger.tokenEnd; i < end; i++) {
        const mode = modes.longestAt(tokens, i)?.values[0];
        if (mode) {
          c.mode = mode;
          c.rules.push(`statement-mode:${mode}`);
          break;
        }
      }
    }
    return candidates;
  },
};
