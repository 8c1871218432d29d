import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AFG, PAK, report } from "../../test/support/storedEvent.ts";
import { contested, formatClaims, fusedEvents } from "./fusedEvents.ts";

describe("fusedEvents", () => {
  const taliban = { name: "Taliban government", country: "AFG", kind: "STATE" as const };
  const army = { name: "Pakistan army", country: "PAK", kind: "STATE" as const };
  const reports = [
    report({
      id: "d1.e1",
      documentId: 1,
      outlet: "TOLOnews",
      fusedId: "d1.e1",
      mode: "attack",
      source: AFG,
      target: PAK,
      fatalities: { count: 58, qualifier: "exact" },
      attribution: taliban,
      day: "2025-10-11",
    }),
    report({
      id: "d2.e3",
      documentId: 2,
      outlet: "Dawn",
      fusedId: "d1.e1",
      mode: "armed_clash",
      source: AFG,
      target: PAK,
      fatalities: { count: 23, qualifier: "exact" },
      attribution: army,
      day: "2025-10-11..2025-10-12",
      precision: "week",
    }),
    report({
      id: "d3.e1",
      documentId: 3,
      outlet: "Reuters",
      fusedId: "d1.e1",
      mode: "attack",
      source: AFG,
      target: PAK,
      fatalities: { count: 58, qualifier: "exact" },
      attribution: taliban,
      day: "2025-10-12",
    }),
    report({ id: "d4.e1", documentId: 4, outlet: "AP", mode: "air", day: "2025-10-09" }),
  ];

  it("gathers reports by fusion, and a report fusion has not seen stands alone", () => {
    const fused = fusedEvents(reports);
    assert.deepEqual(
      fused.map((f) => [f.id, f.reports.length]),
      [
        ["d1.e1", 3],
        ["d4.e1", 1],
      ],
    );
  });

  it("takes the specific mode and the narrowest date", () => {
    const [clash] = fusedEvents(reports);
    assert.equal(clash?.mode, "armed_clash");
    assert.deepEqual(clash?.date, { start: "2025-10-11", end: "2025-10-11", precision: "day" });
  });

  it("keeps contested figures side by side with who claims them, never averaged", () => {
    const [clash] = fusedEvents(reports);
    assert.ok(clash);
    assert.equal(contested(clash.fatalities), true);
    assert.equal(
      formatClaims(clash.fatalities),
      "58 (per Taliban government, Reuters; Taliban government, TOLOnews) / 23 (per Pakistan army, Dawn)",
    );
  });
});
