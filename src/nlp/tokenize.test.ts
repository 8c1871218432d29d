import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  const cases: Array<[string, string[]]> = [
    ["Pakistan’s army struck.", ["Pakistan", "’s", "army", "struck", "."]],
    ["the U.S. and U.N. said", ["the", "U.S.", "and", "U.N.", "said"]],
    ["al-Qaeda (AQIS)", ["al", "-", "Qaeda", "(", "AQIS", ")"]],
    ["Jama'at Nusrat", ["Jama'at", "Nusrat"]],
    ["Taliban-ruled Paktīā, 2,640-km", ["Taliban", "-", "ruled", "Paktīā", ",", "2", ",", "640", "-", "km"]],
    // Where a plain ASCII word meets what only the regular expression reads.
    ["U.S.A and A. Khan", ["U.S.", "A", "and", "A", ".", "Khan"]],
    ["Hamas' attack, rights groups' say", ["Hamas", "'", "attack", ",", "rights", "groups", "'", "say"]],
    ["café's no\u00a05 a_b", ["café", "'s", "no", "5", "a", "_", "b"]],
  ];
  for (const [text, expected] of cases) {
    it(`splits ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        tokenize(text).map((t) => t.text),
        expected,
      );
    });
  }

  it("keeps offsets into the original text", () => {
    const text = "  Khwaja Asif’s post";
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
  });

  it("folds accents, case, inner apostrophes and full stops", () => {
    assert.deepEqual(
      tokenize("Paktīā U.S. Jama'at").map((t) => t.fold),
      ["paktia", "us", "jamaat"],
    );
  });

  it("records the case a word is written in", () => {
    assert.deepEqual(
      tokenize("US us Hamas U.S.").map((t) => t.case),
      ["upper", "lower", "capital", "upper"],
    );
  });

  it("tells numbers from words, in any script's digits", () => {
    assert.deepEqual(
      tokenize("12 soldiers F16 ١٢ 2nd").map((t) => t.kind),
      ["number", "word", "word", "number", "word"],
    );
  });

  it("adds an offset for text cut from a longer document", () => {
    assert.equal(tokenize("Kabul", 10)[0]?.start, 10);
  });
});
