import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { report } from "../../test/support/storedEvent.ts";
import { StoredEventCache } from "./StoredEventCache.ts";

describe("StoredEventCache", () => {
  it("gives an event read before with the fusion it has now", () => {
    const cache = new StoredEventCache(10);
    const stored = report({ id: "d1.e1" });
    cache.add(1, stored);
    const fusion = { fusedId: "d0.e3", score: 5, reason: "same day" };
    const again = cache.get(1, fusion);
    assert.equal(again?.event, stored.event, "the same event object");
    assert.deepEqual(again?.fusion, fusion);
    assert.equal(stored.fusion, null, "the cached event is left as it was");
    assert.equal(cache.get(2, null), null);
  });

  it("keeps the events read last: the one not read for longest goes first", () => {
    const cache = new StoredEventCache(2);
    cache.add(1, report({ id: "one" }));
    cache.add(2, report({ id: "two" }));
    cache.get(1, null);
    cache.add(3, report({ id: "three" }));
    assert.equal(cache.get(2, null), null);
    assert.equal(cache.get(1, null)?.event.id, "one");
    assert.equal(cache.get(3, null)?.event.id, "three");
  });
});
