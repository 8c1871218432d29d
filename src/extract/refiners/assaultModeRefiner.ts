import type { Refiner } from "./Refiner.ts";

const WINDOW = 4;

/**
 * The token positions where a weapon is looked for, in order: the trigger's own words, then up to
 * WINDOW words before it (nearest first), then up to WINDOW words after it.
 */
function positionsToRead(tokenStart: number, tokenEnd: number, tokenCount: number): number[] {
  const order: number[] = [];
  for (let i = tokenStart; i < tokenEnd; i++) order.push(i);
  for (let i = tokenStart - 1; i >= tokenStart - WINDOW; i--) order.push(i);
  for (let i = tokenEnd; i < tokenEnd + WINDOW; i++) order.push(i);
  return order.filter((i) => i >= 0 && i < tokenCount);
}

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
      for (const i of positionsToRead(c.trigger.tokenStart, c.trigger.tokenEnd, tokens.length)) {
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
