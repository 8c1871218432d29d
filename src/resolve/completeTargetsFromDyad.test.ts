import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractText } from "../../test/support/extractText.ts";

const pairs = (text: string) =>
  extractText(text, "2026-02-27").map((e) => `${e.source?.name ?? "—"} → ${e.target?.name ?? "—"}`);

describe("completeTargetsFromDyad", () => {
  it("aims an attack without a named target at the other side of the document's conflict", () => {
    assert.deepEqual(
      pairs(
        "Israeli jets struck Hezbollah positions on Monday. Hezbollah fired rockets at Israel on Tuesday. " +
          "Israeli strikes across Lebanon continued on Wednesday.",
      ),
      ["Israeli jets → Hezbollah", "Hezbollah → Israel", "Israel → Hezbollah"],
    );
  });

  it("without a recurring pair, aims it at the state of a country struck, else leaves it open", () => {
    assert.deepEqual(pairs("Israeli strikes across Lebanon continued on Wednesday."), ["Israel → Lebanon"]);
    assert.deepEqual(pairs("Israeli strikes continued on Wednesday."), ["Israel → —"]);
  });
});
