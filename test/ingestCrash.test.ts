import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { writeGeneratedCorpus } from "../bench/writeGeneratedCorpus.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";

const root = mkdtempSync(join(tmpdir(), "faultline-crash-"));
after(() => rmSync(root, { recursive: true, force: true }));
const bin = join(import.meta.dirname, "..", "bin", "faultline.mjs");
const corpus = writeGeneratedCorpus(projectKnowledgeBase(), join(root, "corpus"), 80);

/** Runs `faultline ingest`; with `killAfter`, kills it (SIGKILL) once it has reported that many new documents. */
async function ingest(
  db: string,
  killAfter?: number,
): Promise<{ stdout: string; killed: boolean; code: number | null }> {
  const child = spawn(process.execPath, [bin, "ingest", "--db", db, corpus], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let killed = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
    if (killAfter !== undefined && !killed && (stdout.match(/\] new /g) ?? []).length >= killAfter) {
      killed = true;
      child.kill("SIGKILL");
    }
  });
  const [code] = await once(child, "exit");
  return { stdout, killed, code };
}

/** What the store holds, and whether every document in it is whole. */
function inspect(db: string) {
  const database = new Database(db, { readonly: true });
  try {
    const count = (sql: string) => (database.prepare(sql).get() as { n: number }).n;
    return {
      documents: count("SELECT count(*) AS n FROM documents"),
      events: count("SELECT count(*) AS n FROM events"),
      partial: count(
        "SELECT count(*) AS n FROM documents d WHERE event_count != (SELECT count(*) FROM events e WHERE e.document_id = d.id)",
      ),
      withoutEvidence: count(
        "SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM evidence v WHERE v.event_seq = e.seq)",
      ),
      withoutSource: count(
        "SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = d.id)",
      ),
      indexed: count("SELECT count(*) AS n FROM documents_fts"),
      unfused: count(
        "SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM fusion f WHERE f.event_seq = e.seq)",
      ),
    };
  } finally {
    database.close();
  }
}

describe("an ingest killed mid-run", () => {
  it("leaves only whole documents, and the next run completes the store", async () => {
    const complete = join(root, "complete.db");
    const reference = await ingest(complete);
    assert.equal(reference.code, 0);
    const expected = inspect(complete);
    assert.ok(expected.documents >= 60, `the generated corpus yields ${expected.documents} documents`);

    const crashed = join(root, "crashed.db");
    const first = await ingest(crashed, 10);
    assert.ok(first.killed, "the run was killed before it finished");
    const reported = (first.stdout.match(/\] new /g) ?? []).length;
    const afterCrash = inspect(crashed);
    assert.ok(
      afterCrash.documents >= reported && afterCrash.documents <= reported + 1,
      `${reported} reported stored, ${afterCrash.documents} in the store`,
    );
    assert.ok(afterCrash.documents < expected.documents);
    assert.deepEqual(
      [afterCrash.partial, afterCrash.withoutEvidence, afterCrash.withoutSource],
      [0, 0, 0],
      "no half-written document",
    );
    assert.equal(afterCrash.indexed, afterCrash.documents);

    const second = await ingest(crashed);
    assert.equal(second.code, 0);
    assert.match(second.stdout, new RegExp(`Documents: ${expected.documents - afterCrash.documents} new, `));
    assert.equal(expected.unfused, 0);
    assert.deepEqual(inspect(crashed), expected, "the re-run also fuses what the crash left unfused");
  });
});
