import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "./splitSentences.ts";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  const cases: Array<[string, string[]]> = [
    ["Mr. Asif wrote. The strikes followed.", ["Mr. Asif wrote.", "The strikes followed."]],
    ["U.S. troops left. Talks began.", ["U.S. troops left.", "Talks began."]],
    ["S. Jaishankar said so. It ended.", ["S. Jaishankar said so.", "It ended."]],
    ["“Now it is war.” He left.", ["“Now it is war.”", "He left."]],
    ["Border clashes\n\nThe first is the line.", ["Border clashes", "The first is the line."]],
    [
      "Blast rocks the city\nAt least five were killed.",
      ["Blast rocks the city", "At least five were killed."],
    ],
    ["The army said the attack\nwas repelled.", ["The army said the attack\nwas repelled."]],
    [
      "Talks resumed on Nov. 1, 2024. Progress was slow.",
      ["Talks resumed on Nov. 1, 2024.", "Progress was slow."],
    ],
    ["What went wrong? Nobody knows!", ["What went wrong?", "Nobody knows!"]],
  ];
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => assert.deepEqual(split(text), expected));
});
