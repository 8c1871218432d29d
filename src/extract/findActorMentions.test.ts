import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { projectKnowledgeBase } from "../../test/support/knowledgeBase.ts";
import { tokenize } from "../nlp/tokenize.ts";
import { findActorMentions } from "./findActorMentions.ts";

function mentions(text: string) {
  const kb = projectKnowledgeBase();
  return findActorMentions(kb, text, tokenize(text)).map((m) => ({
    text: m.text,
    start: m.start,
    rule: m.rule,
  }));
}

describe("findActorMentions", () => {
  // [sentence, expected mentions as [text, start offset]]
  const cases: Array<[string, Array<[string, number]>]> = [
    [
      "Pakistan’s Defence Minister Khawaja Asif wrote on Friday.",
      [
        ["Pakistan’s Defence Minister", 0],
        ["Khawaja Asif", 28],
      ],
    ],
    [
      "Khawaja Asif spoke. Later Mr. Asif’s remarks drew a reply.",
      [
        ["Khawaja Asif", 0],
        ["Asif", 30],
      ],
    ],
    ["Mr. Asif wrote again.", [["Asif", 4]]],
    [
      "Afghan troops attacked Pakistani border posts.",
      [
        ["Afghan troops", 0],
        ["Pakistani border posts", 23],
      ],
    ],
    [
      "Taliban-ruled Afghanistan and the U.S.-backed government",
      [
        ["Taliban", 0],
        ["Afghanistan", 14],
        ["U.S.", 34],
        // An institution without its country: resolved to the state the context is about.
        ["government", 46],
      ],
    ],
    [
      "Hamas fighters and Israel-Hezbollah talks",
      [
        ["Hamas fighters", 0],
        ["Israel", 19],
        ["Hezbollah", 26],
      ],
    ],
    ["On Monday Pakistan closed the crossing.", [["Pakistan", 10]]],
    ["The Jordan Chronicle reported it.", [["Jordan Chronicle", 4]]],
    ["the government of Pakistan said", [["government of Pakistan", 4]]],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected.map(([t]) => JSON.stringify(t)).join(", ")} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        mentions(text).map((m) => [m.text, m.start]),
        expected,
      );
    });
  }
});

describe("findActorMentions negatives: text that names no actor", () => {
  const negatives = [
    "Michael Jordan said he would retire.",
    "Asif went home early.",
    "A strike by dock workers halted the port.",
    "Let us go, said the officer.",
    "Detective Cormoran Strike said nothing.",
    "Jordan Bardella leads the party.",
    "the hamas of the afternoon",
  ];
  for (const text of negatives) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(mentions(text), []);
    });
  }
});
