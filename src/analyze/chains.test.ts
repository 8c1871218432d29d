import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, PAK, report } from "../../test/support/storedEvent.ts";
import { chains } from "./chains.ts";
import { fusedEvents } from "./fusedEvents.ts";

describe("chains", () => {
  it("follows explicit links through fused events, from the first cause to the last response", () => {
    const events = fusedEvents([
      report({ id: "d1.e1", documentId: 1, mode: "bombing", source: null, target: PAK, day: "2026-02-06" }),
      report({ id: "d1.e2", documentId: 1, day: "2026-02-22", in_response_to: ["d1.e1"] }),
      report({
        id: "d2.e1",
        documentId: 2,
        source: AFG,
        target: PAK,
        mode: "attack",
        day: "2026-02-26",
        in_response_to: ["d2.e2"],
      }),
      // Another report of the 22 February strikes, fused with d1.e2: the link crosses documents.
      report({ id: "d2.e2", documentId: 2, day: "2026-02-22", fusedId: "d1.e2" }),
      report({ id: "d3.e1", documentId: 3, day: "2026-02-27", in_response_to: ["d3.e2"] }),
      report({
        id: "d3.e2",
        documentId: 3,
        source: AFG,
        target: PAK,
        mode: "attack",
        day: "2026-02-26",
        fusedId: "d2.e1",
      }),
    ]);
    const [chain, ...others] = chains(events, { inferred: false });
    assert.deepEqual(others, []);
    assert.deepEqual(
      chain?.events.map((e) => e.id),
      ["d1.e1", "d1.e2", "d2.e1", "d3.e1"],
    );
    assert.deepEqual(
      chain?.links.map((l) => [l.kind, l.statedBy]),
      [
        ["explicit", "d1.e2"],
        ["explicit", "d2.e1"],
        ["explicit", "d3.e1"],
      ],
    );
  });

  it("infers a link when the target strikes back within a week, and only then", () => {
    const events = fusedEvents([
      report({ id: "d1.e1", day: "2026-02-22" }),
      report({ id: "d2.e1", source: AFG, target: PAK, mode: "attack", day: "2026-02-26" }),
      report({ id: "d3.e1", day: "2026-03-20" }),
      report({ id: "d4.e1", type: "ACCUSE", mode: "other", source: AFG, target: PAK, day: "2026-02-23" }),
    ]);
    const found = chains(events);
    assert.deepEqual(
      found.map((c) => [c.events.map((e) => e.id), c.links.map((l) => l.kind)]),
      [[["d1.e1", "d2.e1"], ["inferred"]]],
    );
    assert.deepEqual(chains(events, { inferred: false }), []);
  });
});
