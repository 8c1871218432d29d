import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractCandidates } from "../src/extract/extractCandidates.ts";
import { readDocumentFile } from "../src/ingest/readDocumentFile.ts";
import { assembleEvents } from "../src/resolve/assembleEvents.ts";
import { projectKnowledgeBase } from "./support/knowledgeBase.ts";

// Golden cases: test/cases/<name>/input.md (front matter gives the publication date) and the
// events the extractor must print for it, expected.json. Expected files are rewritten only on
// request: UPDATE_GOLDEN=1 npm test -- --test-name-pattern=golden
const casesDir = join(import.meta.dirname, "cases");

describe("golden cases", () => {
  for (const name of readdirSync(casesDir).sort()) {
    it(name, () => {
      const kb = projectKnowledgeBase();
      const document = readDocumentFile(join(casesDir, name, "input.md"));
      assert.ok(document.published, `${name}/input.md needs a published date in its front matter`);
      const events = assembleEvents(kb, extractCandidates(kb, document), document.published).map(
        (a) => a.event,
      );
      const expectedFile = join(casesDir, name, "expected.json");
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(events, null, 2)}\n`);
        return;
      }
      assert.deepEqual(events, JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
