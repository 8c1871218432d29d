import { CANDIDATE_BITS, hammingDistance, NEAR_DUPLICATE_WORDING, sharedWording } from "../core/simHash.ts";
import type { ProseToMatch } from "./Store.ts";

/**
 * Whether a document with fingerprint `b` is a candidate copy of one with fingerprint `a`: a band
 * in common (how the store looks candidates up) and few bits apart.
 */
export function closeFingerprints(a: string, b: string): boolean {
  return shareBand(a, b) && hammingDistance(a, b) <= CANDIDATE_BITS;
}

/** Whether two fingerprints have one of `fingerprintBands` (two hex digits each) in common. */
function shareBand(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i += 2)
    if (a.charCodeAt(i) === b.charCodeAt(i) && a.charCodeAt(i + 1) === b.charCodeAt(i + 1)) return true;
  return false;
}

/** Whether two proses are one story: the same text, or close fingerprints and most of the wording shared. */
export function sameStory(a: ProseToMatch, b: ProseToMatch): boolean {
  return (
    a.contentHash === b.contentHash ||
    (closeFingerprints(a.fingerprint, b.fingerprint) &&
      sharedWording(a.prose, b.prose) >= NEAR_DUPLICATE_WORDING)
  );
}
