import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CANDIDATE_BITS,
  fingerprintBands,
  hammingDistance,
  NEAR_DUPLICATE_WORDING,
  sharedWording,
  simHash,
} from "./simHash.ts";

const story = `Pakistani jets struck targets in three Afghan provinces overnight, officials in Kabul said on
Friday, a day after Afghan forces opened fire on border posts near the Torkham crossing. The
Taliban government said civilians were among the dead and promised a response, while the
Pakistani military said it had hit hideouts of militants who attack its soldiers. Residents of
the border districts described hours of shelling and said many families had fled towards the
provincial capital. Diplomats from Qatar and Turkey were in contact with both sides on Friday.`;

test("simHash: 16 hex digits, the same for the same text", () => {
  assert.match(simHash(story), /^[0-9a-f]{16}$/);
  assert.equal(simHash(story), simHash(story));
});

test("simHash: the same story with another header and footer is a near-duplicate", () => {
  const reprinted = `By a staff reporter\n\n${story}\n\nCopyright 2026. All rights reserved.`;
  assert.ok(hammingDistance(simHash(story), simHash(reprinted)) <= CANDIDATE_BITS);
  assert.ok(sharedWording(story, reprinted) >= NEAR_DUPLICATE_WORDING);
  assert.ok(sharedWording(story.slice(0, 300), reprinted) >= NEAR_DUPLICATE_WORDING, "an excerpt");
});

test("simHash: a different story is far away", () => {
  const other = `The central bank raised interest rates by half a point on Tuesday, citing inflation
that has stayed above its target for a year. Analysts had expected a smaller move, and the currency
rose against the dollar after the announcement. The governor said further increases were possible if
food and fuel prices keep climbing through the winter months ahead.`;
  assert.ok(hammingDistance(simHash(story), simHash(other)) > CANDIDATE_BITS);
  assert.ok(sharedWording(story, other) < 0.1);
});

test("hammingDistance counts differing bits", () => {
  assert.equal(hammingDistance("0000000000000000", "0000000000000000"), 0);
  assert.equal(hammingDistance("0000000000000000", "000000000000000f"), 4);
  assert.equal(hammingDistance("8000000000000001", "0000000000000000"), 2);
  assert.equal(hammingDistance("ffffffffffffffff", "0000000000000000"), 64);
  assert.equal(hammingDistance("f0f0f0f0ffffffff", "0f0f0f0f7fffffff"), 33);
});

test("fingerprintBands splits into eight 8-bit bands", () => {
  assert.deepEqual(fingerprintBands("0123456789abcdef"), ["01", "23", "45", "67", "89", "ab", "cd", "ef"]);
});
