import type { Refiner } from "./Refiner.ts";

// Statements have no place unless the text says where they were made (GUIDELINE §5).
const PLACED_TYPES = new Set(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID"]);

/** Gives a material event the places its sentence names, outside the names of its actors. */
export const placeRefiner: Refiner = {
  id: "places",
  refine(context, candidates) {
    for (const c of candidates) {
      if (!PLACED_TYPES.has(c.type) && !(c.type === "CONSULT" && (c.mode === "visit" || c.mode === "host")))
        continue;
      const facts = context.facts[c.sentence.index];
      if (!facts) continue;
      const actorSpans = [c.source?.mention, c.attribution?.mention].filter((m) => m !== undefined);
      c.places = facts.places.filter((p) => !actorSpans.some((m) => m && p.start < m.end && m.start < p.end));
      if (c.places.length > 0) c.rules.push("places-in-sentence");
    }
    return candidates;
  },
};
