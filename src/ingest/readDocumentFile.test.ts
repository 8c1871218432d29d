import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { DocumentError } from "./DocumentError.ts";
import { readDocumentFile } from "./readDocumentFile.ts";

const dir = mkdtempSync(join(tmpdir(), "faultline-ingest-"));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("readDocumentFile", () => {
  it("reads plain text as it is", () => {
    const doc = readDocumentFile(file("a.txt", "Drones struck the airport on Tuesday."));
    assert.equal(doc.id, "a.txt");
    assert.equal(doc.format, "text");
    assert.equal(doc.text, "Drones struck the airport on Tuesday.");
    assert.equal(doc.published, null);
  });

  it("honours Markdown front matter and keeps it in the text, so offsets count it", () => {
    const text =
      "---\ntitle: Strikes\npublished: 2026-02-27\nurl: https://example.org/x\nsource: Example\n---\nBody text.";
    const doc = readDocumentFile(file("b.md", text));
    assert.deepEqual(
      [doc.title, doc.published, doc.url, doc.source],
      ["Strikes", "2026-02-27", "https://example.org/x", "Example"],
    );
    assert.equal(doc.text, text);
    assert.equal(text.slice(doc.frontMatter?.end), "Body text.");
  });

  it("keeps only the main text of HTML, without scripts and navigation", () => {
    const html =
      "<html><head><title>T</title><script>var x=1;</script></head><body><nav>Home | World</nav>" +
      "<article><h1>Blast</h1><p>Two people were <b>killed</b>.</p><p>Police said so.</p></article><footer>©</footer></body></html>";
    const doc = readDocumentFile(file("c.html", html));
    assert.equal(doc.title, "T");
    assert.equal(doc.text, "Blast\n\nTwo people were killed.\n\nPolice said so.");
  });

  it("tolerates malformed HTML", () => {
    const doc = readDocumentFile(file("d.html", "<p>Shelling <i>continued<p>in the north</div></b>"));
    assert.match(doc.text, /Shelling continued/);
    assert.match(doc.text, /in the north/);
  });

  const bad: Array<[string, string | Buffer, string]> = [
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "binary"],
    ["latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20]), "encoding"],
    ["empty.txt", "  \n ", "empty"],
    ["table.xlsx", "x", "unsupported"],
  ];
  for (const [name, content, code] of bad) {
    it(`refuses ${name} with a DocumentError (${code})`, () => {
      assert.throws(
        () => readDocumentFile(file(name, content)),
        (e: unknown) => e instanceof DocumentError && e.code === code && e.message.includes(name),
      );
    });
  }

  it("refuses a path that cannot be read", () => {
    assert.throws(
      () => readDocumentFile(join(dir, "missing.txt")),
      (e: unknown) => e instanceof DocumentError && e.code === "unreadable",
    );
  });
});
