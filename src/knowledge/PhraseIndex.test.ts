import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../nlp/tokenize.ts";
import { PhraseIndex } from "./PhraseIndex.ts";
import { PhraseStarts } from "./PhraseStarts.ts";

const index = PhraseIndex.build<string>([
  ["al-Qaeda", "AQ"],
  ["Pakistani Taliban", "TTP"],
  ["Taliban", "TALIBAN"],
  ["US", "USA"],
  ["Hamas", "HAMAS"],
  ["AFC/M23", "M23"],
]);

function match(text: string, at = 0) {
  const tokens = tokenize(text);
  const found = index.longestAt(tokens, at);
  if (!found) return null;
  const first = tokens[found.start];
  const last = tokens[found.end - 1];
  return { text: text.slice(first?.start, last?.end), values: found.values };
}

describe("PhraseIndex", () => {
  it("prefers the longest phrase", () => {
    assert.deepEqual(match("Pakistani Taliban fighters"), { text: "Pakistani Taliban", values: ["TTP"] });
  });
  it("joins words across tight hyphens and slashes, in either spelling", () => {
    assert.deepEqual(match("al-Qaeda said"), { text: "al-Qaeda", values: ["AQ"] });
    assert.deepEqual(match("Al Qaeda said"), { text: "Al Qaeda", values: ["AQ"] });
    assert.deepEqual(match("AFC/M23 rebels"), { text: "AFC/M23", values: ["M23"] });
  });
  it("does not join across a spaced dash", () => {
    assert.equal(match("al - Qaeda"), null);
  });
  it("requires capitals where the phrase has them", () => {
    assert.equal(match("let us go", 1), null);
    assert.deepEqual(match("the U.S. said", 1), { text: "U.S.", values: ["USA"] });
    assert.equal(match("hamas"), null);
    assert.deepEqual(match("HAMAS"), { text: "HAMAS", values: ["HAMAS"] });
  });
  it("falls back to a shorter phrase when the text does not have a longer one's capitals", () => {
    const withAcronym = PhraseIndex.build<string>([
      ["Pakistan", "PAK"],
      ["Pakistan PM", "PAK-PM"],
    ]);
    const tokens = tokenize("Pakistan pm and Pakistan PM");
    assert.deepEqual(withAcronym.longestAt(tokens, 0), { start: 0, end: 1, values: ["PAK"] });
    assert.deepEqual(withAcronym.longestAt(tokens, 3), { start: 3, end: 5, values: ["PAK-PM"] });
  });
  it("finds the same phrases in tokens marked with the phrase starts of its knowledge base", () => {
    const starts = new PhraseStarts();
    const names = PhraseIndex.build<string>(
      [
        ["Pakistani Taliban", "TTP"],
        ["Taliban", "TALIBAN"],
      ],
      starts,
    );
    const cues = PhraseIndex.build<string>([["said", "said"]], starts);
    const text = "the Pakistani Taliban said Taliban fighters said";
    const marked = tokenize(text);
    starts.mark(marked);
    for (let i = 0; i < marked.length; i++) {
      assert.deepEqual(names.longestAt(marked, i), names.longestAt(tokenize(text), i));
      assert.deepEqual(cues.longestAt(marked, i), cues.longestAt(tokenize(text), i));
    }
    assert.deepEqual(
      marked.map((t) => t.phraseStarts),
      [0, 1, 1, 2, 1, 0, 2],
    );
  });
  it("looks a phrase up by name, ignoring case", () => {
    assert.deepEqual(index.get("pakistani taliban"), ["TTP"]);
    assert.deepEqual(index.get("Strike"), []);
  });
});
