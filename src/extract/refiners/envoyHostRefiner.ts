import type { Refiner } from "./Refiner.ts";
import { stateOfPlace } from "./stateOfPlace.ts";

/** How many words after the appointment may name where the envoy goes. */
const REACH = 12;

/**
 * An envoy or a mission goes to the state that holds the place the sentence names after the
 * appointment: "appointed an envoy to lead their diplomatic mission in Delhi" is addressed to India.
 */
export const envoyHostRefiner: Refiner = {
  id: "envoy-host",
  refine(context, candidates) {
    for (const c of candidates) {
      if (c.type !== "CONSULT" || c.mode !== "envoy" || c.target) continue;
      const place = context.facts[c.sentence.index]?.places.find(
        (p) => p.tokenStart >= c.trigger.tokenEnd && p.tokenStart <= c.trigger.tokenEnd + REACH,
      );
      const host = place ? stateOfPlace(context.document.text, c.sentence, place, "envoy-host-place") : null;
      if (!host) continue;
      c.target = { mention: host, rule: "envoy-host-place" };
      c.rules.push("envoy-host-place");
    }
    return candidates;
  },
};
