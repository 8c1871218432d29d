import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, IND, PAK, report } from "../../test/support/storedEvent.ts";
import { claimThreads } from "./claims.ts";
import { fusedEvents } from "./fusedEvents.ts";

describe("claimThreads", () => {
  const events = fusedEvents([
    report({
      id: "d1.e1",
      documentId: 1,
      type: "ACCUSE",
      mode: "harbouring",
      source: PAK,
      target: AFG,
      day: "2025-10-12",
    }),
    report({
      id: "d1.e2",
      documentId: 1,
      type: "REJECT",
      mode: "deny",
      source: AFG,
      target: PAK,
      day: "2025-10-12",
      in_response_to: ["d1.e1"],
    }),
    report({
      id: "d2.e1",
      documentId: 2,
      type: "ACCUSE",
      mode: "other",
      source: AFG,
      target: PAK,
      day: "2025-10-20",
    }),
    report({
      id: "d3.e1",
      documentId: 3,
      type: "REJECT",
      mode: "deny",
      source: AFG,
      target: PAK,
      day: "2026-01-30",
    }),
    report({
      id: "d4.e1",
      documentId: 4,
      type: "ACCUSE",
      mode: "proxy",
      source: PAK,
      target: IND,
      day: "2025-10-13",
    }),
    report({
      id: "d4.e2",
      documentId: 4,
      type: "REJECT",
      mode: "deny",
      source: IND,
      target: null,
      day: "2025-10-16",
    }),
  ]);

  it("pairs each accusation with the denials and counter-accusations that answer it", () => {
    assert.deepEqual(
      claimThreads(events).map((t) => [
        t.accusation.id,
        t.denials.map((d) => d.id),
        t.counterAccusations.map((c) => c.id),
      ]),
      [
        ["d1.e1", ["d1.e2"], ["d2.e1"]],
        ["d4.e1", ["d4.e2"], []],
        ["d2.e1", [], []],
      ],
    );
  });
});
