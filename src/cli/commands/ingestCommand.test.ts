import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { captureIo } from "../../../test/support/captureIo.ts";
import { openStore } from "../../store/openStore.ts";
import { main } from "../main.ts";

const root = mkdtempSync(join(tmpdir(), "faultline-ingest-"));
after(() => rmSync(root, { recursive: true, force: true }));

// Reports written for this test.
const CLASH = `---
title: Border clash
published: 2025-10-15
source: Frontier Post
url: https://example.org/clash
---
Pakistani troops and Taliban forces exchanged fire at the Chaman border crossing on Monday, killing at least four soldiers, officials said. Pakistan accused Kabul of sheltering the Tehreek-e-Taliban Pakistan. The Taliban government denied the accusation.
`;
const REPRINT = `---
title: Four soldiers killed in Chaman clash
published: 2025-10-15
source: Valley Times
url: https://example.com/valley/clash
---
Pakistani troops and Taliban forces exchanged fire at the Chaman border crossing on Monday, killing at least four soldiers, officials said. Pakistan accused Kabul of sheltering the Tehreek-e-Taliban Pakistan. The Taliban government denied the accusation.

Follow Valley Times for more.
`;
const TALKS = `<html><head><title>Talks in Doha</title></head><body><nav>Home | World</nav>
<article><p>Qatar hosted talks between Pakistani and Afghan delegations in Doha on Saturday, 18 October 2025.</p></article>
<footer>Copyright</footer></body></html>`;

const corpus = join(root, "corpus");
mkdirSync(corpus);
writeFileSync(join(corpus, "clash.md"), CLASH);
writeFileSync(join(corpus, "talks.html"), TALKS);
const mirror = join(root, "mirror");
mkdirSync(mirror);
writeFileSync(join(mirror, "valley-clash.md"), REPRINT);

const bad = join(root, "bad");
mkdirSync(bad);
writeFileSync(join(bad, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
writeFileSync(join(bad, "latin1.txt"), Buffer.from("Caf\xe9 bombing in Kabul\n", "latin1"));
writeFileSync(join(bad, "empty.md"), "  \n\n");
// A sparse 100 MB file: its size is checked before any byte is read.
writeFileSync(join(bad, "huge.txt"), "");
truncateSync(join(bad, "huge.txt"), 100 * 1024 * 1024);
writeFileSync(
  join(bad, "broken.html"),
  "<html><body><p>Taliban forces attacked a checkpoint in Khost on Friday.<div><p>unclosed <b>tags",
);
writeFileSync(join(bad, "notes.xml"), "<notes><note>no feed</note></notes>");

async function ingest(...args: string[]) {
  const io = captureIo();
  const code = await main(["ingest", ...args], io);
  return { code, ...io };
}

describe("faultline ingest", () => {
  const db = join(root, "store", "faultline.db");

  it("stores a folder's documents and their events, and says what it did", async () => {
    const run = await ingest("--db", db, corpus);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\[1\/2\] new +.*clash\.md \(document 1, \d+ events\)/);
    assert.match(
      run.stdout,
      /Documents: 2 new, 0 duplicate, 0 near-duplicate, 0 failed\. Events stored: \d+, 0 of them reported elsewhere too/,
    );
    const store = await openStore(db);
    try {
      const documents = await store.documents();
      assert.deepEqual(
        documents.map((d) => [d.name, d.title, d.source, d.published]),
        [
          ["clash.md", "Border clash", "Frontier Post", "2025-10-15"],
          ["talks.html", "Talks in Doha", null, "2025-10-18"],
        ],
      );
      assert.ok(documents.every((d) => d.eventCount > 0));
      assert.equal(documents[1]?.publishedInferred, true);
    } finally {
      await store.close();
    }
  });

  it("adds nothing when run again on the same folder, and says so", async () => {
    const run = await ingest("--db", db, corpus);
    assert.equal(run.code, 0);
    assert.match(
      run.stdout,
      /Nothing new: all 2 documents are stored already \(2 identical, 0 near-duplicate\)/,
    );
  });

  it("keeps a reprint of a stored story as another source of it, not as a new document", async () => {
    const run = await ingest("--db", db, mirror);
    assert.match(run.stdout, /near-dup +.*valley-clash\.md \(document 1, new source recorded\)/);
    const store = await openStore(db);
    try {
      const clash = await store.document(1);
      assert.deepEqual(
        clash?.originList.map((o) => o.source),
        ["Frontier Post", "Valley Times"],
      );
      assert.equal((await store.counts()).documents, 2);
    } finally {
      await store.close();
    }
  });

  it("reports each bad input, goes on with the batch and loses nothing stored", async () => {
    const store = await openStore(db);
    const before = await store.counts();
    await store.close();
    const run = await ingest("--db", db, bad, join(root, "missing.txt"), corpus);
    assert.equal(run.code, 0, "failures are reported, not fatal, without --strict");
    for (const message of [
      /binary\.txt: binary file/,
      /latin1\.txt: not valid UTF-8/,
      /empty\.md: empty file/,
      /huge\.txt: 100 MB is over the 50 MB limit/,
      /notes\.xml: XML that is no RSS or Atom feed/,
      /missing\.txt: cannot read \(ENOENT\)/,
    ])
      assert.match(run.stderr, message);
    assert.match(run.stdout, /Documents: 1 new, 2 duplicate, 0 near-duplicate, 6 failed\./);
    const after = await openStore(db);
    try {
      const counts = await after.counts();
      assert.equal(counts.documents, before.documents + 1, "the malformed HTML is read as well as it can be");
      assert.ok(counts.events >= before.events);
    } finally {
      await after.close();
    }
  });

  it("fetches web pages and feeds by URL, and reports a URL it cannot fetch", async () => {
    const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>
<item><title>Crossing shut</title><link>https://example.org/shut</link><pubDate>Sun, 12 Oct 2025 09:00:00 GMT</pubDate>
<description>Pakistan closed the border with Afghanistan on Sunday after overnight clashes.</description></item>
</channel></rss>`;
    const server = createServer((request, response) => {
      if (request.url === "/feed.xml")
        response.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED);
      else if (request.url === "/talks")
        response.writeHead(200, { "content-type": "text/html" }).end(TALKS.replace("Doha", "Doha, Qatar,"));
      else response.writeHead(404).end();
    });
    server.listen(0, "127.0.0.1");
    await new Promise((ready) => server.once("listening", ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const run = await ingest(
        "--db",
        join(root, "web.db"),
        `${base}/feed.xml`,
        `${base}/talks`,
        `${base}/gone`,
      );
      assert.match(run.stdout, /Documents: 2 new, 0 duplicate, 0 near-duplicate, 1 failed\./);
      assert.match(run.stderr, /\/gone: the server answered 404/);
      const store = await openStore(join(root, "web.db"));
      try {
        assert.deepEqual(
          (await store.documents()).map((d) => [d.name, d.url, d.source]),
          [
            ["feed.xml#1", "https://example.org/shut", "Border Wire"],
            ["talks", `${base}/talks`, null],
          ],
        );
      } finally {
        await store.close();
      }
    } finally {
      server.close();
    }
  });

  it("exits with 1 on any failure under --strict", async () => {
    const run = await ingest("--db", db, "--strict", join(bad, "binary.txt"));
    assert.equal(run.code, 1);
  });

  it("refuses wrong usage with 2 and its help", async () => {
    assert.equal((await ingest("--db", db)).code, 2);
    assert.equal((await ingest("--db", db, "--published", "27/02/2026", corpus)).code, 2);
    const help = await ingest("--help");
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: faultline ingest/);
  });
});
