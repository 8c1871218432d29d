import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { listDocumentPaths } from "./listDocumentPaths.ts";

const root = mkdtempSync(join(tmpdir(), "faultline-list-"));
after(() => rmSync(root, { recursive: true, force: true }));
for (const file of [
  "README.md",
  "b.md",
  "a.txt",
  "photo.jpg",
  "sub/c.html",
  "sub/feed.xml",
  ".hidden/d.txt",
  "node_modules/e.txt",
]) {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), "text");
}

test("listDocumentPaths: a folder's document files, recursively, in name order, not its README", () => {
  assert.deepEqual(listDocumentPaths([root]), [
    join(root, "a.txt"),
    join(root, "b.md"),
    join(root, "sub/c.html"),
    join(root, "sub/feed.xml"),
  ]);
});

test("listDocumentPaths: a file as given, whatever its type; a missing path kept for the reader to report", () => {
  assert.deepEqual(listDocumentPaths([join(root, "photo.jpg"), join(root, "missing.txt")]), [
    join(root, "photo.jpg"),
    join(root, "missing.txt"),
  ]);
});

test("listDocumentPaths: globs the shell left alone", () => {
  assert.deepEqual(listDocumentPaths([`${root}/*.md`]), [join(root, "b.md")]);
  assert.deepEqual(listDocumentPaths([`${root}/**/*.html`]), [join(root, "sub/c.html")]);
  assert.deepEqual(listDocumentPaths([`${root}/nothing-*.txt`]), [`${root}/nothing-*.txt`]);
});

test("listDocumentPaths: a file named twice is read once", () => {
  assert.deepEqual(
    listDocumentPaths([join(root, "a.txt"), root]).filter((p) => p.endsWith("a.txt")),
    [join(root, "a.txt")],
  );
});
