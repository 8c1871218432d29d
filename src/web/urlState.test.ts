import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analysisFilter, EMPTY_STATE, readState, serverFilter, writeState } from "./urlState.ts";

describe("urlState", () => {
  it("reads every parameter, and writes them back in a fixed order", () => {
    const search =
      "?q=air+strike&actor=PAK%3ASTATE&type=ASSAULT&place=Kabul&since=2025-10-01&until=2025-10-31&dyad=PAK%3ASTATE%2CAFG%3ASTATE&event=d1.e1&doc=3";
    const state = readState(search);
    assert.deepEqual(state, {
      actor: "PAK:STATE",
      type: "ASSAULT",
      since: "2025-10-01",
      until: "2025-10-31",
      place: "Kabul",
      q: "air strike",
      event: "d1.e1",
      doc: 3,
      dyad: "PAK:STATE,AFG:STATE",
    });
    assert.equal(writeState(state), search);
  });

  const dropped: [string, string][] = [
    ["?since=2025-13", "a malformed date"],
    ["?until=yesterday", "a word for a date"],
    ["?doc=abc", "a document id that is not a number"],
    ["?doc=-2", "a negative document id"],
    ["?type=AS SAULT", "a type with a space"],
    ["?dyad=PAK:STATE", "a dyad of one party"],
    ["?actor=%20%20", "a blank actor"],
  ];
  for (const [search, why] of dropped)
    it(`drops ${why} (${search})`, () => assert.deepEqual(readState(search), EMPTY_STATE));

  it("writes nothing for the empty state, and upper-cases a type", () => {
    assert.equal(writeState(EMPTY_STATE), "");
    assert.equal(readState("?type=assault").type, "ASSAULT");
  });

  it("sends the actor and place to the points endpoint, and the dates and type to analyses too", () => {
    const state = { ...EMPTY_STATE, actor: "TTP", type: "ASSAULT", since: "2026-01-01", q: "bomb" };
    assert.deepEqual(serverFilter(state), { actor: "TTP" });
    assert.deepEqual(analysisFilter(state), { actor: "TTP", type: "ASSAULT", since: "2026-01-01" });
  });
});
