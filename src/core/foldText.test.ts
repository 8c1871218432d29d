import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { caseSatisfies, foldWord, wordCase } from "./foldText.ts";

describe("foldWord", () => {
  const cases: Array<[string, string]> = [
    ["Kabul", "kabul"],
    ["Paktīā", "paktia"],
    ["U.S.", "us"],
    ["Jama'at", "jamaat"],
    ["Jama’at", "jamaat"],
    ["2026", "2026"],
    ["AQIS", "aqis"],
    ["ISIS-K", "isis-k"],
    ["al_Qaeda", "al_qaeda"],
    [",", ","],
    ["-", "-"],
    [".", ""],
    ["'", ""],
    ["`", ""],
    ["No.", "no"],
  ];
  for (const [word, folded] of cases)
    it(`folds ${word} to ${folded}`, () => assert.equal(foldWord(word), folded));
});

describe("wordCase", () => {
  const cases: Array<[string, string]> = [
    ["US", "upper"],
    ["U.S.", "upper"],
    ["HAMAS", "upper"],
    ["A", "capital"],
    ["a", "lower"],
    ["Hamas", "capital"],
    ["LeT", "mixed"],
    ["McChrystal", "mixed"],
    ["iPhone", "mixed"],
    ["2026", "lower"],
    ["F16", "capital"],
    ["M23", "capital"],
    ["Paktīā", "capital"],
    ["ÉCOLE", "upper"],
    ["Ésa", "capital"],
    ["éCOLE", "mixed"],
    ["Jama'at", "capital"],
  ];
  for (const [word, expected] of cases)
    it(`reads ${word} as ${expected}`, () => assert.equal(wordCase(word), expected));

  it("reads ASCII words as the definition by letters does", () => {
    // The definition wordCase applies to words with other letters than ASCII ones.
    const byLetters = (word: string) => {
      const letters = word.replace(/[^\p{L}]/gu, "");
      if (letters.length === 0) return "lower";
      if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
        return "upper";
      if (letters.slice(1) !== letters.slice(1).toLowerCase()) return "mixed";
      return letters[0] !== letters[0]?.toLowerCase() ? "capital" : "lower";
    };
    const parts = ["a", "B", "c", "D", "1", "'", "."];
    const words = [""];
    for (let length = 1; length <= 4; length++)
      for (const w of words.filter((x) => x.length === length - 1)) words.push(...parts.map((p) => w + p));
    for (const word of words) assert.equal(wordCase(word), byLetters(word), JSON.stringify(word));
  });
});

describe("caseSatisfies", () => {
  it("asks a capital of a capitalised name and capitals of an acronym", () => {
    assert.equal(caseSatisfies("capital", "lower"), false);
    assert.equal(caseSatisfies("capital", "upper"), true);
    assert.equal(caseSatisfies("upper", "capital"), false);
    assert.equal(caseSatisfies("lower", "upper"), true);
  });
});
