import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collectBatches } from "./collectBatches.ts";

describe("collectBatches", () => {
  it("hands the items of one turn to the work together, at most `size` at a time, each its own result", async () => {
    const batches: number[][] = [];
    const double = collectBatches(3, async (items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 2);
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map(double));
    assert.deepEqual(results, [2, 4, 6, 8, 10]);
    assert.deepEqual(batches, [
      [1, 2, 3],
      [4, 5],
    ]);
    assert.deepEqual(await double(6), 12);
    assert.deepEqual(batches.at(-1), [6]);
  });

  it("fails every item of a batch whose work fails, and goes on with the next", async () => {
    let calls = 0;
    const flaky = collectBatches(2, async (items: string[]) => {
      if (calls++ === 0) throw new Error("database away");
      return items.map((s) => s.toUpperCase());
    });
    const first = await Promise.allSettled(["a", "b"].map(flaky));
    assert.deepEqual(
      first.map((r) => r.status),
      ["rejected", "rejected"],
    );
    assert.equal(await flaky("c"), "C");
  });
});
