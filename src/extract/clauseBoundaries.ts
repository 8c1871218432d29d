import type { PhraseMatch } from "../knowledge/PhraseIndex.ts";
import type { Token } from "../nlp/tokenize.ts";

// A comma before one of these words starts a new clause.
const CLAUSE_OPENERS = new Set(
  "which who whom whose while whereas but although though as after before when since because until where amid following despite and leading perpetuating resulting defying".split(
    " ",
  ),
);
// Dashes are left out: they set off appositives ("Pakistan's intelligence – the ISI – trained ...").
const HARD_BREAKS = new Set([";", ":", "(", ")", "“", "”", '"']);

/**
 * Numbers each token with the clause it belongs to. A clause ends at a semicolon, colon, dash,
 * bracket or quotation mark, at "but"/"while"/"whereas", at a comma before a subordinating or
 * relative word, and after a speech verb in lower case ("X said [that] ...", not "the United
 * States"): role search stays inside a clause.
 */
export function clauseBoundaries(
  tokens: readonly Token[],
  speechCues: readonly (PhraseMatch<string> | null)[],
): number[] {
  const clause: number[] = [];
  let current = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (HARD_BREAKS.has(t.text)) current++;
    else if (t.fold === "but" || t.fold === "while" || t.fold === "whereas") current++;
    else if (t.text === "," && next && CLAUSE_OPENERS.has(next.fold)) current++;
    clause.push(current);
    // A capitalised cue is part of a name: "the United States designated ...", "Said Khan".
    const speech = t.case === "lower" ? speechCues[i] : null;
    if (speech && speech.end === i + 1 && t.fold !== "according") {
      current++;
      if (tokens[i + 1]?.fold === "that") {
        clause.push(current);
        i++;
      }
    }
  }
  return clause;
}
