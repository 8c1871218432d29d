import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFeed } from "./parseFeed.ts";

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Frontier Wire</title>
<item><title>Crossing closed</title><link>https://example.org/a</link>
<pubDate>Mon, 13 Oct 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Pakistan closed the border on &lt;b&gt;Monday&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Desk</title>
<entry><title>Talks in Doha</title><link href="https://example.org/b"/><updated>2025-10-18T10:00:00Z</updated>
<summary>Qatar hosted talks on Saturday.</summary></entry></feed>`;

test("parseFeed: RSS items become documents with title, text, link, date and the feed as source", () => {
  const documents = parseFeed("wire.xml", RSS);
  assert.deepEqual(documents, [
    {
      id: "wire.xml#1",
      format: "html",
      text: "Crossing closed\n\nPakistan closed the border on Monday.",
      title: "Crossing closed",
      url: "https://example.org/a",
      source: "Frontier Wire",
      published: "2025-10-13",
      frontMatter: null,
    },
  ]);
});

test("parseFeed: Atom entries too", () => {
  const [entry] = parseFeed("desk.atom", ATOM) ?? [];
  assert.equal(entry?.text, "Talks in Doha\n\nQatar hosted talks on Saturday.");
  assert.equal(entry?.url, "https://example.org/b");
  assert.equal(entry?.published, "2025-10-18");
  assert.equal(entry?.source, "Valley Desk");
});

test("parseFeed: XML that is no feed is null", () => {
  assert.equal(parseFeed("notes.xml", "<notes><note>hello</note></notes>"), null);
});
