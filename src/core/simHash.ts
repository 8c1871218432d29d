/**
 * SimHash of a text's word trigrams: two texts that share most of their wording (the same wire
 * story on two sites, with different headers and footers) get fingerprints a few bits apart.
 * Fingerprints are 64 bits written as 16 hex digits.
 */
const SHINGLE_WORDS = 3;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function simHash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Int32Array(64);
  const shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < shingles; i++) {
    const shingle = words.slice(i, i + SHINGLE_WORDS).join(" ");
    const [low, high] = [fnv1a(shingle, 0x811c9dc5), fnv1a(shingle, 0x050c5d1f)];
    for (let bit = 0; bit < 64; bit++) {
      const set = ((bit < 32 ? low : high) >>> (bit & 31)) & 1;
      weights[bit] = (weights[bit] ?? 0) + (set ? 1 : -1);
    }
  }
  let hex = "";
  for (let nibble = 15; nibble >= 0; nibble--) {
    let value = 0;
    for (let b = 3; b >= 0; b--) value = (value << 1) | ((weights[nibble * 4 + b] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** The set bits of a 32-bit integer. */
function popCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** How many bits two fingerprints differ in (each half of 32 bits at a time). */
export function hammingDistance(a: string, b: string): number {
  const half = (f: string, i: number) => Number.parseInt(f.slice(i * 8, i * 8 + 8), 16);
  return popCount(half(a, 0) ^ half(b, 0)) + popCount(half(a, 1) ^ half(b, 1));
}

/**
 * The fingerprint's eight 8-bit bands. Two fingerprints at most 7 bits apart share at least one
 * band whole, so a store finds near-duplicate candidates by equal bands.
 */
export function fingerprintBands(fingerprint: string): string[] {
  return Array.from({ length: 8 }, (_, i) => fingerprint.slice(i * 2, i * 2 + 2));
}

/**
 * Fingerprints this many bits apart or fewer may be the same story (unrelated news texts are
 * 20 or more apart); `sharedWording` decides.
 */
export const CANDIDATE_BITS = 12;

/** The share of the shorter text's word trigrams that the longer one also has: 1 for a reprint. */
export function sharedWording(a: string, b: string): number {
  const shinglesOf = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
      set.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
    return set;
  };
  const [x, y] = [shinglesOf(a), shinglesOf(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}

/** Texts sharing this much of their wording are one story. */
export const NEAR_DUPLICATE_WORDING = 0.8;
