import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allMatches } from "./allMatches.ts";

describe("allMatches", () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, "12 soldiers, 3 civilians and 40 militants"],
    [/(?<word>\p{L}+)/gu, "Paktīā and Kabul"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a😀b"],
    [/\bno\b/gi, "nothing"],
  ];
  for (const [regex, text] of cases) {
    it(`finds what matchAll finds for ${regex} in ${JSON.stringify(text)}`, () => {
      const expected = [...text.matchAll(regex)].map((m) => [m.index, m[0], m.groups]);
      assert.deepEqual(
        allMatches(regex, text).map((m) => [m.index, m[0], m.groups]),
        expected,
      );
    });
  }

  it("starts from the beginning whatever the regex's lastIndex was", () => {
    const regex = /a/g;
    regex.lastIndex = 3;
    assert.deepEqual(
      allMatches(regex, "aaaa").map((m) => m.index),
      [0, 1, 2, 3],
    );
  });

  it("rejects a regex without the global flag", () => {
    assert.throws(() => allMatches(/a/, "a"), /expected a global regex/);
  });
});
