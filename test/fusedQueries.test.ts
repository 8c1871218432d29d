import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { escalation } from "../src/analyze/escalation.ts";
import { loadDyadEvents } from "../src/analyze/loadDyadEvents.ts";
import { loadFusedEvents } from "../src/analyze/loadFusedEvents.ts";
import { tallyEvents } from "../src/analyze/tallyEvents.ts";
import { timeline } from "../src/analyze/timeline.ts";
import { ingestDocuments } from "../src/cli/ingestDocuments.ts";
import { listDocumentPaths } from "../src/ingest/listDocumentPaths.ts";
import { openStore } from "../src/store/openStore.ts";
import type { EventFilter, Store } from "../src/store/Store.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";
import { createDatabase, dropDatabases } from "./support/postgresDatabases.ts";

// The queries the API answers without reading every report give what the fused reports give.
const corpus = join(import.meta.dirname, "..", "examples", "pak-afg-2026");
const server = process.env.FAULTLINE_TEST_POSTGRES;
const FILTERS: EventFilter[] = [
  {},
  { since: "2026-02-01", until: "2026-02-28" },
  { type: "ASSAULT" },
  { country: "AFG", since: "2026-02-20" },
];
const DYADS: [string, string][] = [
  ["PAK:STATE", "AFG:STATE"],
  ["PAK:STATE", "Tehreek-e-Taliban Pakistan"],
  ["AFG:CIVILIANS", "PAK:STATE"],
];

function describeQueries(backend: string, open: (() => Promise<Store>) | null, close: () => Promise<void>) {
  describe(`fused-event queries on ${backend}`, {
    skip: open ? false : "FAULTLINE_TEST_POSTGRES is not set",
  }, () => {
    let store: Store;
    before(async () => {
      store = await (open as () => Promise<Store>)();
      const inputs = listDocumentPaths([corpus]);
      await ingestDocuments(projectKnowledgeBase(), store, inputs, {
        today: "2026-11-21",
        onInput() {},
        onFailure() {},
      });
    });
    after(async () => {
      await store?.close();
      await close();
    });

    it("counts a timeline from the store's tallies as from the fused events", async () => {
      for (const filter of FILTERS)
        for (const period of ["day", "week", "month"] as const) {
          const fused = await loadFusedEvents(store, filter);
          assert.deepEqual(
            timeline(await store.eventTallies(filter), period),
            timeline(tallyEvents(fused), period),
            `${JSON.stringify(filter)} by ${period}`,
          );
        }
    });

    it("finds every fused event between a dyad's parties without reading the others", async () => {
      for (const filter of FILTERS)
        for (const dyad of DYADS) {
          const all = escalation(await loadFusedEvents(store, filter), dyad, "week");
          const read = await loadDyadEvents(store, filter, dyad);
          assert.deepEqual(escalation(read, dyad, "week"), all, `${JSON.stringify(filter)} ${dyad}`);
        }
      for (const dyad of DYADS)
        assert.ok(
          escalation(await loadDyadEvents(store, {}, dyad), dyad, "week").series.length > 0,
          `${dyad}`,
        );
    });
  });
}

const directory = mkdtempSync(join(tmpdir(), "faultline-queries-"));
describeQueries(
  "SQLite",
  () => openStore(join(directory, "faultline.db")),
  async () => rmSync(directory, { recursive: true, force: true }),
);

const database = `faultline_queries_${process.pid}`;
describeQueries(
  "PostgreSQL",
  server
    ? async () => {
        return openStore(await createDatabase(server, database));
      }
    : null,
  async () => {
    if (server) await dropDatabases(server, [database]);
  },
);
