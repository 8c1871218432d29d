import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../nlp/tokenize.ts";
import { findCasualtyCounts } from "./findCasualtyCounts.ts";

const counts = (text: string) =>
  findCasualtyCounts(tokenize(text)).map(({ kind, count, qualifier }) => [kind, count, qualifier]);

describe("findCasualtyCounts", () => {
  const cases: Array<[string, Array<[string, number, string]>]> = [
    ["the raid killed at least 13 civilians", [["fatalities", 13, "at_least"]]],
    ["at least 13 civilians were killed", [["fatalities", 13, "at_least"]]],
    [
      "the blast resulted in 32 deaths and 92 injuries",
      [
        ["fatalities", 32, "exact"],
        ["injuries", 92, "exact"],
      ],
    ],
    ["eight soldiers died in the ambush", [["fatalities", 8, "exact"]]],
    ["a constructor was killed in the ambush", []],
    [
      "killing eight and wounding twenty-five",
      [
        ["fatalities", 8, "exact"],
        ["injuries", 25, "exact"],
      ],
    ],
    ["more than 1,200 people have been killed", [["fatalities", 1200, "at_least"]]],
    ["nearly 40 were wounded", [["injuries", 40, "about"]]],
    ["up to 50 people were killed", [["fatalities", 50, "at_most"]]],
    ["14 Pakistani soldiers were killed", [["fatalities", 14, "exact"]]],
    [
      "at least 40 villagers, including nine children and 12 women, were killed",
      [["fatalities", 40, "at_least"]],
    ],
    [
      "30 members of the security forces and 12 civilians were killed",
      [
        ["fatalities", 30, "exact"],
        ["fatalities", 12, "exact"],
      ],
    ],
    ["monitors recorded the deaths of at least 500 people", [["fatalities", 500, "at_least"]]],
    ["the strike killed \u201cat least 13 civilians\u201d", [["fatalities", 13, "at_least"]]],
  ];
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => assert.deepEqual(counts(text), expected));
});

describe("findCasualtyCounts negatives", () => {
  const negatives = [
    "dozens of people were killed",
    "several soldiers died",
    "the 2,640-km border",
    "in 1893 the line was drawn",
    "two countries signed the deal",
    "an attack that lasted three hours",
    "and 25 military posts captured",
  ];
  for (const text of negatives) it(JSON.stringify(text), () => assert.deepEqual(counts(text), []));
});
