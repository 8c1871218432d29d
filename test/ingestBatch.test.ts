import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { generateCorpus } from "../bench/generateCorpus.ts";
import { type IngestItem, ingestDocument, ingestDocuments } from "../src/api/ingestDocument.ts";
import { openStore } from "../src/store/openStore.ts";
import type { Store } from "../src/store/Store.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";
import { createDatabase, dropDatabases } from "./support/postgresDatabases.ts";

/**
 * Documents stored in batches (as a worker stores the jobs it takes at once) end up as they do
 * stored one by one: the same documents, origins, events and fusion, with copies and reprints
 * inside a batch recognised as such.
 */
const directory = mkdtempSync(join(tmpdir(), "faultline-batch-"));
const server = process.env.FAULTLINE_TEST_POSTGRES;
const databases: string[] = [];

after(async () => {
  rmSync(directory, { recursive: true, force: true });
  if (server) await dropDatabases(server, databases);
});

const kb = projectKnowledgeBase();
const today = "2026-11-21";
const generated = generateCorpus(kb, { documents: 60, seed: 11 });
const item = (id: string, text: string, published: string): IngestItem => ({
  document: { id, format: "text", text, title: null, url: null, source: null, published, frontMatter: null },
  origin: { path: `/corpus/${id}`, url: null, source: null, title: null, published: null },
});
const items = generated.map((d) => item(`${d.id}.txt`, d.text, d.published));
// A copy and a reprint of documents of the same batch, and a copy of a document of an earlier one.
const copied = generated[20];
const reprinted = generated[22];
const early = generated[2];
assert.ok(copied && reprinted && early);
items.splice(24, 0, item("copy.txt", copied.text, copied.published));
items.splice(25, 0, item("reprint.txt", `By our correspondent.\n\n${reprinted.text}`, reprinted.published));
items.push(item("late-copy.txt", early.text, early.published));

/** What a store holds, with nothing that depends on when it was written. */
async function contents(store: Store) {
  const documents = await store.documents();
  const { events } = await store.events({ limit: 100_000 });
  return {
    documents: await Promise.all(
      documents.map(async (d) => ({
        id: d.id,
        name: d.name,
        origins: (await store.document(d.id))?.originList,
        events: d.eventCount,
      })),
    ),
    events: events.map((e) => ({ id: e.event.id, fusion: e.fusion })),
  };
}

/** A fresh store: SQLite in a file, or a PostgreSQL database of its own. */
async function freshStore(backend: "SQLite" | "PostgreSQL", name: string): Promise<Store> {
  if (backend === "SQLite") return openStore(join(directory, `${name}.db`));
  const database = `faultline_batch_${process.pid}_${name}`;
  databases.push(database);
  return openStore(await createDatabase(server ?? "", database));
}

describe("ingesting documents in batches", () => {
  for (const backend of ["SQLite", "PostgreSQL"] as const)
    it(`stores and fuses them as one by one would, copies and reprints in a batch included (${backend})`, {
      skip: backend === "PostgreSQL" && !server ? "FAULTLINE_TEST_POSTGRES is not set" : false,
    }, async () => {
      const oneByOne = await freshStore(backend, "one");
      const batched = await freshStore(backend, "batch");
      try {
        for (const { document, origin } of items)
          await ingestDocument(kb, oneByOne, document, origin, { today });
        const outcomes = [];
        for (let i = 0; i < items.length; i += 9)
          outcomes.push(...(await ingestDocuments(kb, batched, items.slice(i, i + 9), { today })));
        const statuses = outcomes.map((o) => ("status" in o ? o.status : "failed"));
        assert.equal(statuses[24], "duplicate");
        assert.equal(statuses[25], "near-duplicate");
        assert.equal(statuses.at(-1), "duplicate");
        const expected = await contents(oneByOne);
        assert.ok(
          expected.events.some((e) => e.fusion?.fusedId !== e.id),
          "some reports fused with others",
        );
        assert.deepEqual(await contents(batched), expected);
      } finally {
        await oneByOne.close();
        await batched.close();
      }
    });
});
