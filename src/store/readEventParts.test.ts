import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";
import { openDatabase } from "./openStore.ts";
import { readEventParts } from "./readEventParts.ts";

const directory = mkdtempSync(join(tmpdir(), "faultline-parts-"));
after(() => rmSync(directory, { recursive: true, force: true }));

it("reads the parts of 20,000 events from SQLite in one query (four times past its 32,766 parameters as a list)", async () => {
  const { db, backend } = await openDatabase(join(directory, "faultline.db"));
  const seqs = Array.from({ length: 20_000 }, (_, i) => i + 1);
  const parts = await readEventParts(db, backend, seqs);
  assert.equal(parts.actors.size + parts.locations.size + parts.evidence.size + parts.links.size, 0);
  await db.destroy();
});
