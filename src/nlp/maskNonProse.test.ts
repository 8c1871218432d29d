import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maskNonProse } from "./maskNonProse.ts";

describe("maskNonProse", () => {
  // [text, what the prose reads as once blanks are collapsed]
  const cases: Array<[string, string]> = [
    ["Pakistan is in an [“open war”](#) now.", "Pakistan is in an “open war” now."],
    ["See [the report](https://example.org/a-b) here.", "See the report here."],
    ["They call it *Fitna al Khawarij* (loosely).", "They call it Fitna al Khawarij (loosely)."],
    ["## Border clashes\nText.", "Border clashes\nText."],
    ["• Troops were deployed.", "Troops were deployed."],
    ["PESHAWAR: Afghans left.", "Afghans left."],
    ["PORT SUDAN, SUDAN, May 6, 2025 - Drones struck.", "Drones struck."],
    ["DAMASCUS/PARIS — After two days of fighting.", "After two days of fighting."],
    ["KABUL, Oct 12 — Afghan forces fired.", "Afghan forces fired."],
    ["GENEVA, 16 October — The mission said.", "The mission said."],
    ["ISLAMABAD/KABUL, Feb 23 — Strikes continued.", "Strikes continued."],
    ["NEWSWIRE - City Herald) ADEN, YEMEN, May 2, 2025 - Rebels fired.", "Rebels fired."],
    ["(Reuters) - Troops left.", "(Reuters) - Troops left."],
    ["NATO said on Monday.", "NATO said on Monday."],
    ["Jammu/Srinagar, May 7 (PTI) At least 13 people died.", "At least 13 people died."],
    [
      "A caption about the strike.\n| Photo Credit:\nAP\nNext line.",
      "A caption about the strike.\n\n\nNext line.",
    ],
    ["Leave a Reply\nYour email address will not be published. Required fields are marked *", "\n"],
  ];
  for (const [text, prose] of cases) {
    it(JSON.stringify(text), () => {
      const masked = maskNonProse(text);
      assert.equal(masked.length, text.length, "keeps every offset");
      assert.equal(
        masked
          .replace(/[ \t]+/g, " ")
          .replace(/ ?\n ?/g, "\n")
          .trim(),
        prose.trim(),
      );
    });
  }

  it("blanks the second copy of a repeated caption, keeping the first", () => {
    const caption = "People read newspapers about the overnight fighting at a stall in Peshawar.";
    const text = `${caption}\n\n${caption}\nStory.`;
    const masked = maskNonProse(text);
    assert.equal(masked.slice(0, caption.length), caption);
    assert.equal(masked.slice(caption.length + 2, caption.length * 2 + 2).trim(), "");
  });

  it("blanks front matter", () => {
    const text = "---\ntitle: A\n---\nBody.";
    assert.equal(maskNonProse(text, { start: 0, end: 16 }).trim(), "Body.");
  });

  it("leaves plain prose untouched", () => {
    const text = "Afghan troops attacked Pakistani border posts on Thursday.";
    assert.equal(maskNonProse(text), text);
  });
});
