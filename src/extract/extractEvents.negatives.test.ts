import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractText } from "../../test/support/extractText.ts";

// Text that reports no event (GUIDELINE §1): opinions, generic states, hypotheticals, denials of
// responsibility, names that contain trigger words, and words with a non-violent reading.
const NEGATIVES = [
  "Relations between the two neighbours have deteriorated sharply.",
  "A clampdown could threaten the group's internal cohesion.",
  "Analysts say a wider war would devastate the region.",
  "The RSF has not claimed the attacks.",
  "Rapid Support Forces spokesmen were unavailable.",
  "Dock workers went on strike over unpaid wages.",
  "The Arakan Army Football Club lost its opening match.",
  "Detective Cormoran Strike solved the case.",
  "Michael Jordan said he would retire.",
  "The minister is expected to visit Kabul next week if talks go well.",
  "Prices of wheat have risen across the country.",
  "The factory was shut on Monday.",
  "Shops closed early across the city.",
  "The two sides have long distrusted each other.",
  "Officials have not commented on the latest attacks.",
  "He warned that failure to reach an agreement would mean war.",
  "The festival was cancelled because of the rain.",
  // A request is no consultation, and the act requested has not happened.
  "The African Union urged Sudan to withdraw its troops from the border.",
  "The council called on both sides to stop fighting.",
  // A participle after a name describes a standing relation, not an act of support.
  "Rebels backed by Ugandan troops remain in the hills.",
  "The US-backed government held a press conference.",
  // A participle after "those" names people, not an arrest.
  "Aid workers tried to reach those detained in the camp.",
  "Families of those arrested gathered outside the court.",
];

describe("no events in text that reports none", () => {
  for (const text of NEGATIVES) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(
        extractText(text, "2026-02-27").map((e) => `${e.type}/${e.mode}: ${e.evidence[0]?.text}`),
        [],
      );
    });
  }
});
