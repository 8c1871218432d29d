import type { Actor, ActorKind } from "../core/actor.ts";

/**
 * ACLED's "inter" code for each actor kind: 1 State forces, 2 Rebel groups, 3 Political militias,
 * 7 Civilians, 8 External/Other forces. A MILITIA (pro-government or communal) could be 3 or 4
 * (Identity militias); the kind does not say which, so 3. OTHER (parties, media, companies,
 * individuals acting for no state, unarmed) is 7, as ACLED codes unarmed non-combatants; an IGO is 8.
 * Rioters (5) and protesters (6) are no kind of ours.
 */
const INTER_CODE: Readonly<Record<ActorKind, number>> = {
  STATE: 1,
  REBEL: 2,
  MILITIA: 3,
  CIVILIANS: 7,
  IGO: 8,
  OTHER: 7,
};

/** The inter code of an actor, or null for a role the text leaves empty. */
export function acledInterCode(actor: Actor | null): number | null {
  return actor ? INTER_CODE[actor.kind] : null;
}

/**
 * ACLED's interaction code: the two inter codes, lower first (a state against civilians is 17,
 * rebels against a state 12); one actor alone gives its code and 0 (10, 20, ...); none gives null.
 */
export function acledInteraction(actor1: Actor | null, actor2: Actor | null): number | null {
  const codes = [acledInterCode(actor1), acledInterCode(actor2)]
    .filter((c): c is number => c !== null)
    .sort((a, b) => a - b);
  const [first, second] = codes;
  if (first === undefined) return null;
  return first * 10 + (second ?? 0);
}
