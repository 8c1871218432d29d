import assert from "node:assert/strict";
import { it } from "node:test";
import { spelledNumber } from "./spelledNumbers.ts";

it("reads the table's number words", () => {
  assert.equal(spelledNumber("eight"), 8);
  assert.equal(spelledNumber("twenty"), 20);
  assert.equal(spelledNumber("hundred"), 100);
});

it("reads no number from other words, inherited property names included", () => {
  for (const word of ["constructor", "toString", "__proto__", "soldiers", ""])
    assert.equal(spelledNumber(word), undefined, word);
});
