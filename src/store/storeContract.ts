import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { projectKnowledgeBase } from "../../test/support/knowledgeBase.ts";
import type { SourceDocument } from "../core/SourceDocument.ts";
import { addDays } from "../resolve/calendar.ts";
import { identifyProse, prepareDocument, proseOf } from "./prepareDocument.ts";
import type { DocumentOrigin, NewDocument, Store } from "./Store.ts";

// Short reports written for these tests: two on one clash, one on talks, from different places.
const BORDER_CLASH = `Pakistani troops and Taliban forces exchanged fire at the Chaman border crossing on Monday, killing at least four soldiers, officials said. Pakistan accused Kabul of sheltering the Tehreek-e-Taliban Pakistan. The Taliban government denied the accusation. Hours after the clashes, Pakistan closed the border.`;
const TALKS = `Qatar hosted talks between Pakistani and Afghan delegations in Doha on Saturday. The two sides agreed to a ceasefire, the Qatari foreign ministry said.`;

function sourceDocument(id: string, text: string, published: string): SourceDocument {
  return {
    id,
    format: "text",
    text,
    title: `${id} title`,
    url: null,
    source: null,
    published,
    frontMatter: null,
  };
}

const origin = (path: string): DocumentOrigin => ({
  path,
  url: null,
  source: null,
  title: null,
  published: null,
});

function prepared(id: string, text: string, published: string): NewDocument {
  const document = sourceDocument(id, text, published);
  return prepareDocument(
    projectKnowledgeBase(),
    document,
    identifyProse(proseOf(document)),
    origin(`/corpus/${id}`),
    {
      today: "2026-11-21",
    },
  ).document;
}

const proseToMatch = (document: NewDocument) => ({
  contentHash: document.contentHash,
  fingerprint: document.fingerprint,
  prose: document.text,
});

/**
 * What every Store backend must do. `open` gives a fresh, empty store each time it is called and
 * `reopen` the same store again (to see what survives closing it).
 */
export function describeStoreContract(
  backend: string,
  stores: { open(): Promise<Store>; reopen(): Promise<Store> } | { skip: string },
): void {
  describe(`Store contract: ${backend}`, { skip: "skip" in stores ? stores.skip : false }, () => {
    if ("skip" in stores) return;
    let store: Store;
    let clash: NewDocument;
    let talks: NewDocument;
    let clashId: number;
    let talksId: number;

    before(async () => {
      store = await stores.open();
      clash = prepared("clash.txt", BORDER_CLASH, "2025-10-15");
      talks = prepared("talks.txt", TALKS, "2025-10-20");
      [clashId, talksId] = (await store.addDocuments([clash, talks])) as [number, number];
    });
    after(() => store.close());

    it("stores every event of a document, as the extractor assembled it, with store-wide ids", async () => {
      const { events } = await store.events({ documentId: clashId, limit: 1000 });
      assert.equal(events.length, clash.events.length);
      assert.ok(
        events.length >= 3,
        `expected the clash, accusation, denial and closure, found ${events.length}`,
      );
      for (const [i, stored] of events.entries()) {
        const original = clash.events[i]?.event;
        assert.ok(original);
        const expectedLinks = original.in_response_to.map((id) => `d${clashId}.${id}`);
        assert.deepEqual(stored.event, {
          ...original,
          id: `d${clashId}.${original.id}`,
          in_response_to: expectedLinks,
        });
        assert.deepEqual(stored.rules, clash.events[i]?.rules);
      }
    });

    it("keeps evidence verbatim with its offsets into the stored text", async () => {
      const document = await store.document(clashId);
      assert.ok(document);
      assert.equal(document.text, BORDER_CLASH);
      assert.equal(document.proseStart, 0, "no front matter");
      const { events } = await store.events({ documentId: clashId });
      for (const { event } of events)
        for (const span of event.evidence) assert.equal(document.text.slice(span.start, span.end), span.text);
    });

    it("keeps the mentions of actors, places and dates, in text order and verbatim", async () => {
      const mentions = await store.mentions(clashId);
      assert.deepEqual(
        mentions,
        [...clash.mentions].sort((a, b) => a.start - b.start),
      );
      assert.ok(mentions.some((m) => m.kind === "actor" && m.entity === "country:PAK"));
      assert.ok(mentions.some((m) => m.kind === "place" && m.text.startsWith("Chaman")));
      assert.ok(mentions.some((m) => m.kind === "date" && m.text.includes("Monday")));
      for (const m of mentions) assert.equal(BORDER_CLASH.slice(m.start, m.end), m.text);
    });

    it("keeps the knowledge-base ids of actors and places", async () => {
      const { events } = await store.events({ type: "ASSAULT", documentId: clashId });
      const clashEvent = events[0];
      assert.ok(clashEvent);
      assert.equal(clashEvent.entities.source, "country:PAK");
      assert.equal(clashEvent.entities.target, "organisation:TALIBAN");
      assert.equal(clashEvent.entities.attribution, "country:PAK");
      assert.equal(clashEvent.entities.places.length, 1);
      assert.match(clashEvent.entities.places[0] ?? "", /^PAK\/[a-z-]+\/chaman[a-z-]*\/[a-z0-9]+$/);
    });

    it("links a response to its cause with store-wide ids", async () => {
      const { events } = await store.events({ documentId: clashId, type: "REJECT" });
      const denial = events[0];
      assert.ok(denial, "the denial");
      assert.deepEqual(denial.event.in_response_to, [`d${clashId}.e2`]);
      const cause = await store.event(denial.event.in_response_to[0] ?? "");
      assert.equal(cause?.event.type, "ACCUSE");
    });

    it("filters events by type, actor (key, name or entity), dates, place and country", async () => {
      const all = (await store.events({ limit: 1000 })).events;
      const ids = (page: { events: { event: { id: string } }[] }) => page.events.map((e) => e.event.id);
      assert.deepEqual(
        ids(await store.events({ type: "agree" })),
        all.filter((e) => e.event.type === "AGREE").map((e) => e.event.id),
      );
      const byKey = ids(await store.events({ actor: "PAK:STATE", limit: 1000 }));
      assert.ok(byKey.length >= 2);
      assert.deepEqual(ids(await store.events({ actor: "pak:state", limit: 1000 })), byKey);
      assert.deepEqual(ids(await store.events({ actor: "country:PAK", limit: 1000 })), byKey);
      const troops = await store.events({ actor: "pakistani TROOPS", limit: 1000 });
      assert.deepEqual(
        troops.events.map((e) => e.event.source?.name),
        ["Pakistani troops"],
      );
      assert.deepEqual(
        ids(await store.events({ since: "2025-10-18", limit: 1000 })),
        all.filter((e) => e.event.date && e.event.date.end >= "2025-10-18").map((e) => e.event.id),
      );
      assert.deepEqual(
        ids(await store.events({ until: "2025-10-16", limit: 1000 })),
        all.filter((e) => e.event.date && e.event.date.start <= "2025-10-16").map((e) => e.event.id),
      );
      const inDoha = await store.events({ place: "doha" });
      assert.ok(inDoha.events.length >= 1);
      assert.ok(inDoha.events.every((e) => e.event.locations.some((l) => l.name === "Doha")));
      const qatar = ids(await store.events({ country: "qat", limit: 1000 }));
      assert.ok(qatar.length >= 1);
      assert.deepEqual(ids(await store.events({ type: "ASSAULT", actor: "Ruritania" })), []);
    });

    it("gives the located places of the filtered events, compact", async () => {
      const points = await store.eventPoints({ country: "QAT" });
      assert.ok(points.length >= 1);
      const doha = points.find((p) => p.place === "Doha");
      assert.ok(doha && doha.lat > 25 && doha.lat < 26 && doha.lon > 51 && doha.lon < 52);
      assert.equal(doha.fusedId, doha.id);
      assert.deepEqual(await store.eventPoints({ type: "REJECT" }), [], "a denial has no place");
      assert.equal((await store.eventPoints({}, 1)).length, 1);
    });

    it("pages through events without gaps or repeats", async () => {
      const all = (await store.events({ limit: 1000 })).events.map((e) => e.event.id);
      const seen: string[] = [];
      let after: number | undefined;
      for (;;) {
        const page = await store.events({ limit: 2, after });
        seen.push(...page.events.map((e) => e.event.id));
        if (page.next === null) break;
        after = page.next;
      }
      assert.deepEqual(seen, all);
    });

    it("finds an exact duplicate, a reprint of the same story, and nothing for another story", async () => {
      const reprint = prepared(
        "reprint.txt",
        `From our correspondent.\n\n${BORDER_CLASH}\n\nAll rights reserved.`,
        "2025-10-15",
      );
      const other = prepared(
        "other.txt",
        "Floods destroyed hundreds of homes in the valley after days of rain, the provincial disaster agency said on Tuesday.",
        "2025-10-15",
      );
      assert.deepEqual(await store.findDuplicates([clash, reprint, other].map(proseToMatch)), [
        { documentId: clashId, exact: true },
        { documentId: clashId, exact: false },
        null,
      ]);
    });

    it("records a second place a story was found at once", async () => {
      const elsewhere = { ...origin("/mirror/clash.txt"), url: "https://example.org/clash" };
      assert.equal(await store.addOrigin(clashId, elsewhere), true);
      assert.equal(await store.addOrigin(clashId, elsewhere), false);
      const document = await store.document(clashId);
      assert.equal(document?.origins, 2);
      assert.deepEqual(
        document?.originList.map((o) => o.path),
        ["/corpus/clash.txt", "/mirror/clash.txt"],
      );
    });

    it("lists documents and actors with their counts", async () => {
      const documents = await store.documents();
      assert.deepEqual(
        documents.map((d) => d.name),
        ["clash.txt", "talks.txt"],
      );
      assert.equal(documents[1]?.eventCount, talks.events.length);
      const actors = await store.actors();
      const pakistan = actors.find((a) => a.key === "PAK:STATE");
      assert.ok(pakistan);
      assert.equal(pakistan.entity, "country:PAK");
      const asSource = (await store.events({ limit: 1000 })).events.filter(
        (e) => e.event.source && e.event.source.country === "PAK" && e.event.source.kind === "STATE",
      ).length;
      assert.equal(pakistan.asSource, asSource);
    });

    it("searches documents and evidence in full text, with the matches marked", async () => {
      const hits = await store.search("talks in Doha");
      const document = hits.find((h) => h.kind === "document");
      assert.equal(document?.documentId, talksId);
      assert.match(document?.snippet ?? "", /«talks»|«Doha»/i);
      const evidence = hits.filter((h) => h.kind === "evidence");
      assert.ok(evidence.length >= 1);
      assert.ok(evidence.every((h) => h.eventId?.startsWith(`d${talksId}.`)));
      assert.deepEqual(await store.search('"AND (* NEAR'), [], "query syntax is taken as words");
      assert.deepEqual(await store.search("zanzibar"), []);
    });

    it("keeps fusion and splits, and gives fused reports of other documents as candidates", async () => {
      const { events: clashEvents } = await store.events({ documentId: clashId, limit: 1000 });
      const { events: talksEvents } = await store.events({ documentId: talksId, limit: 1000 });
      const [first, second] = clashEvents;
      const [talk] = talksEvents;
      assert.ok(first?.event.date && second && talk?.event.date);
      const window = (e: typeof first) => ({
        type: e.event.type,
        since: e.event.date?.start ?? "",
        until: e.event.date?.end ?? "",
      });
      const windows = [window(first), window(talk)];
      assert.deepEqual(await store.fusionCandidates(windows, [talksId], 100), [], "nothing fused yet");
      await store.setFusions([
        { eventId: first.event.id, fusion: { fusedId: first.event.id, score: 0, reason: null } },
        { eventId: second.event.id, fusion: { fusedId: first.event.id, score: 5, reason: "test" } },
        { eventId: talk.event.id, fusion: { fusedId: talk.event.id, score: 0, reason: null } },
      ]);
      await store.setFusions([
        { eventId: second.event.id, fusion: { fusedId: second.event.id, score: 0, reason: null } },
      ]);
      const candidates = await store.fusionCandidates(windows, [talksId], 100);
      assert.deepEqual(
        candidates.map((c) => [c.event.id, c.fusion]),
        [[first.event.id, { fusedId: first.event.id, score: 0, reason: null }]],
        "fused reports of other documents in the windows, the last fusion written",
      );
      const day = first.event.date.start;
      const days = (from: number) => ({
        type: first.event.type,
        since: addDays(day, from),
        until: addDays(day, from + 1),
      });
      assert.deepEqual(
        await store.fusionCandidates([days(-10), days(5)], [talksId], 100),
        [],
        "windows around it",
      );
      assert.deepEqual(
        (await store.fusionCandidates([days(-10), days(-1), days(5)], [talksId], 100)).map((c) => c.event.id),
        [first.event.id],
        "one of several windows of its type",
      );
      await store.addSplit(first.event.id, talk.event.id);
      assert.deepEqual(
        await store.splitsOf([first.event.id, talk.event.id, second.event.id]),
        new Map([
          [first.event.id, [talk.event.id]],
          [talk.event.id, [first.event.id]],
        ]),
      );
      await store.clearFusion();
      assert.deepEqual(await store.fusionCandidates(windows, [talksId], 100), []);
    });

    it("writes documents whole or not at all", async () => {
      const before = await store.counts();
      const fine = prepared("fine.txt", BORDER_CLASH.replace("Monday", "Friday"), "2025-10-20");
      const broken = prepared("broken.txt", TALKS.replace("Saturday", "Sunday"), "2025-10-20");
      const event = broken.events[0];
      assert.ok(event);
      event.event.evidence = [{ text: null as unknown as string, start: 0, end: 1 }];
      await assert.rejects(store.addDocuments([fine, broken]));
      assert.deepEqual(await store.counts(), before);
      assert.equal((await store.documents()).length, before.documents);
      const matches = await store.findDuplicates([fine, broken].map(proseToMatch));
      assert.ok(
        matches.every((m) => !m?.exact),
        "neither text stored (each is at most a reprint of a stored story)",
      );
    });

    it("runs exclusive work one caller at a time, with a store that reads and writes", async () => {
      const order: string[] = [];
      const slow = (name: string) =>
        store.exclusive(["one lock"], async (writer) => {
          order.push(`${name} in`);
          await new Promise((done) => setTimeout(done, 30));
          const { documents } = await writer.counts();
          order.push(`${name} out`);
          return documents;
        });
      const [a, b] = await Promise.all([slow("a"), slow("b")]);
      assert.equal(a, b);
      // Either may go first (PostgreSQL grants the lock to whichever asks first); they never overlap.
      const first = order[0]?.split(" ")[0];
      const second = first === "a" ? "b" : "a";
      assert.deepEqual(order, [`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    });

    it("records documents that cannot be ingested, once per key, newest first", async () => {
      await store.recordFailure({ key: "k1", name: "a.bin", reason: "binary file" });
      await store.recordFailure({ key: "k2", name: "b.txt", reason: "not valid UTF-8" });
      // Failures are ordered by their time, to the millisecond.
      await new Promise((done) => setTimeout(done, 5));
      await store.recordFailure({ key: "k1", name: "a.bin", reason: "binary file, again" });
      const failures = await store.failures();
      assert.deepEqual(
        failures.map((f) => [f.key, f.reason]),
        [
          ["k1", "binary file, again"],
          ["k2", "not valid UTF-8"],
        ],
      );
    });

    it("keeps what it stored when reopened, and applies no migration twice", async () => {
      const before = await store.counts();
      const again = await stores.reopen();
      try {
        assert.deepEqual(await again.counts(), before);
        // Read back from the database, not from what the first store kept of what it wrote.
        assert.deepEqual(await again.events({ limit: 1000 }), await store.events({ limit: 1000 }));
      } finally {
        await again.close();
      }
    });
  });
}
