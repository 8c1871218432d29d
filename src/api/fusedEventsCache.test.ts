import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../store/openStore.ts";
import { FUSED_EVENTS_TTL_MS, fusedEventsCache } from "./fusedEventsCache.ts";

const directory = mkdtempSync(join(tmpdir(), "faultline-cache-"));
after(() => rmSync(directory, { recursive: true, force: true }));

test("fusedEventsCache: one load per filter while fresh, a new one after the time-to-live or a clear", async () => {
  const store = await openStore(join(directory, "faultline.db"));
  try {
    let clock = 0;
    const cache = fusedEventsCache(store, () => clock);
    const first = cache.get({ type: "ASSAULT" });
    assert.equal(cache.get({ type: "ASSAULT", actor: undefined }), first, "the same filter, however written");
    assert.notEqual(cache.get({ type: "ACCUSE" }), first);
    clock += FUSED_EVENTS_TTL_MS;
    const second = cache.get({ type: "ASSAULT" });
    assert.notEqual(second, first);
    cache.clear();
    assert.notEqual(cache.get({ type: "ASSAULT" }), second);
    assert.deepEqual(await first, []);
  } finally {
    await store.close();
  }
});
