import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { proseStart, segmentText } from "./textSegments.ts";

describe("segmentText", () => {
  const text = "Afghan Taliban forces attacked the Pak-Afghan frontier.";
  //            0      7       15     22       31  35  39     46       55

  it("cuts the text at every boundary and says which spans cover each run, shortest first", () => {
    const spans = [
      { start: 0, end: 21 }, // Afghan Taliban forces
      { start: 35, end: 54 }, // Pak-Afghan frontier
      { start: 39, end: 45 }, // Afghan, inside it
      { start: 0, end: 55 }, // the whole sentence as evidence
    ];
    const runs = segmentText(text.length, spans).map((s) => [text.slice(s.start, s.end), s.covering]);
    assert.deepEqual(runs, [
      ["Afghan Taliban forces", [0, 3]],
      [" attacked the ", [3]],
      ["Pak-", [1, 3]],
      ["Afghan", [2, 1, 3]],
      [" frontier", [1, 3]],
      [".", [3]],
    ]);
  });

  it("starts where asked and ignores empty or out-of-range spans", () => {
    const runs = segmentText(
      text.length,
      [
        { start: 3, end: 3 },
        { start: 0, end: 6 },
        { start: 80, end: 90 },
      ],
      22,
    );
    assert.deepEqual(runs, [{ start: 22, end: 55, covering: [] }]);
  });

  it("finds where the prose starts after front matter", () => {
    assert.equal(proseStart("---\ntitle: x\n---\n\nRAWALPINDI —"), 18);
    assert.equal(proseStart("No front matter.\n---\n"), 0);
  });
});
