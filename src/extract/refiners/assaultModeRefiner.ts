import type { Refiner } from "./Refiner.ts";

const WINDOW = 4;

/**
 * Settles an ASSAULT's mode from the weapon named in or near the trigger: "drone strikes" are air,
 * "missile strikes" shelling, "suicide attack" bombing (GUIDELINE §2). The trigger's own words
 * count first, then the words just before it, then just after it.
 */
export const assaultModeRefiner: Refiner = {
  id: "assault-mode",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type !== "ASSAULT" || c.mode === "armed_clash" || c.mode === "capture") continue;
      const { tokens } = c.sentence;
      const { tokenStart, tokenEnd } = c.trigger;
      const order = [
        ...Array.from({ length: tokenEnd - tokenStart }, (_, k) => tokenStart + k),
        ...Array.from({ length: WINDOW }, (_, k) => tokenStart - 1 - k),
        ...Array.from({ length: WINDOW }, (_, k) => tokenEnd + k),
      ].filter((i) => i >= 0 && i < tokens.length);
      for (const i of order) {
        const cue = context.kb.cues.modes.longestAt(tokens, i);
        const mode = cue?.values[0];
        if (mode && mode !== "armed_clash") {
          if (mode !== c.mode) c.rules.push(`mode-cue:${mode}`);
          c.mode = mode;
          break;
        }
      }
    }
    return candidates;
  },
};
