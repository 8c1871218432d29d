import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { captureIo } from "../../test/support/captureIo.ts";
import { projectKnowledgeBase } from "../../test/support/knowledgeBase.ts";
import { main } from "../cli/main.ts";
import { parseDocument } from "../ingest/parseDocument.ts";
import { openStore } from "../store/openStore.ts";
import type { Store } from "../store/Store.ts";
import { createApiServer, MAX_BODY_BYTES } from "./createApiServer.ts";
import { ingestDocument } from "./ingestDocument.ts";

// Reports written for this test.
const CLASH = `Pakistani troops and Taliban forces exchanged fire at the Chaman border crossing on Monday, killing at least four soldiers, officials said. Pakistan accused Kabul of sheltering the Tehreek-e-Taliban Pakistan. The Taliban government denied the accusation.`;
const TALKS = `Qatar hosted talks between Pakistani and Afghan delegations in Doha on Saturday.`;
const TOKEN = "s3cret-token";

const directory = mkdtempSync(join(tmpdir(), "faultline-api-"));
let store: Store;
let base = "";
let close: () => Promise<void>;

before(async () => {
  store = await openStore(join(directory, "faultline.db"));
  const kb = projectKnowledgeBase();
  for (const [name, text, published] of [
    ["clash.txt", CLASH, "2025-10-15"],
    ["talks.txt", TALKS, "2025-10-20"],
  ] as const)
    await ingestDocument(
      kb,
      store,
      parseDocument(name, text, "text"),
      { path: name, url: null, source: null, title: null, published },
      { published, today: "2026-11-21" },
    );
  const server = createApiServer({
    store,
    knowledgeBase: projectKnowledgeBase,
    token: TOKEN,
    webRoot: join(directory, "no-web"),
    version: "test",
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
});
after(async () => {
  await close();
  await store.close();
  rmSync(directory, { recursive: true, force: true });
});

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: await response.json() };
}

describe("the HTTP API", () => {
  it("lists events with the CLI's filters", async () => {
    const all = await get("/api/events");
    assert.equal(all.status, 200);
    assert.ok(all.body.events.length >= 4);
    const rejects = await get("/api/events?type=REJECT");
    assert.deepEqual(
      rejects.body.events.map((e: { event: { id: string } }) => e.event.id),
      ["d1.e3"],
    );
    const doha = await get("/api/events?place=Doha&country=QAT");
    assert.ok(
      doha.body.events.every((e: { event: { locations: { name: string }[] } }) =>
        e.event.locations.some((l) => l.name === "Doha"),
      ),
    );
  });

  it("pages with limit and after, without gaps or repeats", async () => {
    const all = (await get("/api/events?limit=1000")).body.events.map(
      (e: { event: { id: string } }) => e.event.id,
    );
    const seen: string[] = [];
    let next: number | null = null;
    do {
      const page = await get(`/api/events?limit=2${next === null ? "" : `&after=${next}`}`);
      seen.push(...page.body.events.map((e: { event: { id: string } }) => e.event.id));
      next = page.body.next;
    } while (next !== null);
    assert.deepEqual(seen, all);
  });

  it("answers invalid input with 400 and a clear message", async () => {
    for (const [path, message] of [
      ["/api/events?since=yesterday", /since: expected a date as YYYY-MM-DD/],
      ["/api/events?limit=0", /limit: Too small/],
      ["/api/events?colour=red", /unknown parameter "colour"/],
      ["/api/escalation?dyad=PAK", /dyad: expected two party keys/],
      ["/api/search", /q: /],
    ] as const) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      assert.match(body.error, message);
    }
  });

  it("answers 404 for unknown endpoints, events and documents, and 405 for a wrong method", async () => {
    assert.equal((await get("/api/nothing")).status, 404);
    assert.match((await get("/api/events/d9.e9")).body.error, /no event "d9\.e9"/);
    assert.equal((await get("/api/documents/99")).status, 404);
    assert.equal((await fetch(`${base}/api/events`, { method: "DELETE" })).status, 405);
  });

  it("gives one event with its document, fused reports and chains", async () => {
    const { status, body } = await get("/api/events/d1.e3");
    assert.equal(status, 200);
    assert.equal(body.report.event.type, "REJECT");
    assert.equal(body.document.text, CLASH);
    assert.equal(body.fused.id, "d1.e3");
    assert.ok(Array.isArray(body.chains));
  });

  it("gives a document with its mentions and events", async () => {
    const { body } = await get("/api/documents/1");
    assert.equal(body.name, "clash.txt");
    assert.ok(
      body.mentions.some(
        (m: { kind: string; text: string }) => m.kind === "place" && m.text.startsWith("Chaman"),
      ),
    );
    assert.ok(body.events.length >= 3);
  });

  it("serves the analyses and search", async () => {
    assert.ok((await get("/api/actors")).body.some((a: { key: string }) => a.key === "PAK:STATE"));
    assert.ok((await get("/api/places")).body.some((p: { name: string }) => p.name === "Doha"));
    assert.ok(
      (await get("/api/points?type=CONSULT")).body.some((p: { place: string }) => p.place === "Doha"),
    );
    assert.ok((await get("/api/network")).body.edges.length >= 1);
    assert.ok((await get("/api/timeline?period=month")).body.points.length >= 1);
    assert.equal((await get("/api/escalation?dyad=PAK:STATE,AFG:STATE")).body.dyad[1], "AFG:STATE");
    assert.ok(Array.isArray((await get("/api/chains")).body));
    assert.equal((await get("/api/claims")).body[0].denials[0].id, "d1.e3");
    assert.ok(Array.isArray((await get("/api/relations")).body));
    assert.ok(
      (await get("/api/search?q=sheltering")).body.some((h: { eventId: string }) => h.eventId === "d1.e2"),
    );
  });

  it("gzips a big response for a client that accepts it", async () => {
    const response = await fetch(`${base}/api/openapi.json`, { headers: { "accept-encoding": "gzip" } });
    assert.equal(response.headers.get("content-encoding"), "gzip");
    assert.equal((await response.json()).openapi, "3.1.0");
    const small = await fetch(`${base}/api/actors`, { headers: { "accept-encoding": "gzip" } });
    assert.equal(small.headers.get("content-encoding"), null);
  });

  it("documents itself in OpenAPI from the same schemas", async () => {
    const { body } = await get("/api/openapi.json");
    assert.equal(body.openapi, "3.1.0");
    const since = body.paths["/api/events"].get.parameters.find((p: { name: string }) => p.name === "since");
    assert.equal(since.schema.pattern, "^\\d{4}-\\d{2}-\\d{2}$");
    assert.ok(body.paths["/api/documents"].post.requestBody);
  });
});

describe("writing through the API", () => {
  const post = (body: unknown, token?: string) =>
    fetch(`${base}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const document = {
    name: "closure.txt",
    text: "Pakistan closed the border with Afghanistan on Sunday.",
    published: "2025-10-12",
  };

  it("refuses a write without the token, or with a wrong one, with 401", async () => {
    assert.equal((await post(document)).status, 401);
    assert.equal((await post(document, "wrong")).status, 401);
  });

  it("ingests a document with the token, and recognises it the second time", async () => {
    const first = await post(document, TOKEN);
    assert.equal(first.status, 201);
    const stored = await first.json();
    assert.equal(stored.status, "new");
    assert.ok(stored.events >= 1);
    const again = await (await post(document, TOKEN)).json();
    assert.deepEqual([again.status, again.documentId], ["duplicate", stored.documentId]);
  });

  it("answers a malformed, invalid or oversized body with 400 or 413", async () => {
    assert.equal((await post("{not json", TOKEN)).status, 400);
    const invalid = await post({ name: "x.txt" }, TOKEN);
    assert.equal(invalid.status, 400);
    assert.match((await invalid.json()).error, /text: /);
    assert.equal((await post({ ...document, text: "x".repeat(MAX_BODY_BYTES + 10) }, TOKEN)).status, 413);
  });
});

describe("faultline serve", () => {
  it("refuses an address other machines can reach unless asked", async () => {
    const io = captureIo();
    assert.equal(await main(["serve", "--host", "0.0.0.0", "--db", join(directory, "other.db")], io), 2);
    assert.match(io.stderr, /refusing to bind 0\.0\.0\.0.*--allow-remote/);
  });
});
