/**
 * The dashboard end to end, in a real headless Chromium (Debian's, driven by playwright-core),
 * against `faultline serve` over a store holding the sample corpus. Takes the README's
 * screenshots, and saves them to docs/screenshots/ when FAULTLINE_UPDATE_SCREENSHOTS=1. Skips,
 * saying why, where there is no Chromium.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { chromiumMissing, launchChromium } from "./browser.ts";
import {
  assertDashboardBuilt,
  ingestSampleCorpus,
  ROOT,
  type ServedStore,
  serveStore,
} from "./servedStore.ts";

/** The README's screenshots are rewritten only when asked: a plain test run leaves the repository as it was. */
const UPDATE_SCREENSHOTS = process.env.FAULTLINE_UPDATE_SCREENSHOTS === "1";
const SCREENSHOTS = UPDATE_SCREENSHOTS
  ? join(ROOT, "docs", "screenshots")
  : mkdtempSync(join(tmpdir(), "faultline-screenshots-"));
const VIEWPORT = { width: 1440, height: 900 };

interface EvidenceSpan {
  text: string;
  start: number;
  end: number;
}

describe("dashboard in Chromium", { skip: chromiumMissing() ?? false, timeout: 240_000 }, () => {
  let store: string;
  let server: ServedStore;
  let browser: Browser;
  let page: Page;
  /** Requests the page made to anything but its own server. */
  const offsite: string[] = [];
  const errors: string[] = [];

  const ready = () => page.waitForSelector("body[data-ready]", { timeout: 20_000 });
  const count = async () => (await page.textContent("#count"))?.trim() ?? "";
  const eventsIn = (text: string) => Number(text.replace(/[^\d]/g, ""));
  /** Saves a screenshot once the slower panels (network, escalation) have drawn, so it is the same every run. */
  const screenshot = async (name: string) => {
    await page.waitForSelector("#network .node");
    await page.waitForSelector("#escalation .escalation-chart .baseline", { state: "attached" });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  };

  before(async () => {
    assertDashboardBuilt();
    store = mkdtempSync(join(tmpdir(), "faultline-e2e-"));
    const db = join(store, "faultline.db");
    ingestSampleCorpus(db);
    server = await serveStore(db);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const origin = new URL(server.url).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) offsite.push(url);
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (store) rmSync(store, { recursive: true, force: true });
    if (!UPDATE_SCREENSHOTS) rmSync(SCREENSHOTS, { recursive: true, force: true });
  });

  it("loads with the sample corpus, asking nothing of any other server", async () => {
    await page.goto(server.url);
    await ready();
    assert.match(await count(), /^\d+ events$/);
    assert.ok(eventsIn(await count()) >= 20, await count());
    await page.waitForSelector("#network .node");
    await page.waitForSelector("#escalation .escalation-summary:not(:empty)");
    await page.waitForSelector("#deadliest li");
    await screenshot("dashboard");
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
    const firstRender = await page.evaluate(
      () => performance.getEntriesByName("faultline:first-render")[0]?.startTime ?? null,
    );
    assert.ok(firstRender !== null, "the first-render mark is set");
  });

  it("shows the events on the map, as symbols on the canvas", async () => {
    const drawn = Number(await page.getAttribute("canvas.map-points", "data-points"));
    assert.ok(drawn > 0, `symbols drawn: ${drawn}`);
    const coloured = await page.$eval("canvas.map-points", (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = (c.getContext("2d") as CanvasRenderingContext2D).getImageData(
        0,
        0,
        c.width,
        c.height,
      ).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 150) n++;
      return n;
    });
    assert.ok(coloured > 500, `coloured pixels: ${coloured}`);
    const legend = await page.textContent(".map-legend");
    assert.match(legend ?? "", /Assault/);
  });

  it("brushing the timeline changes the count and puts the dates in the URL", async () => {
    const before = await count();
    const box = await page.locator(".timeline-chart .brush-overlay").boundingBox();
    assert.ok(box, "the timeline has a brush");
    const y = box.y + box.height / 2;
    const networkFiltered = page.waitForResponse((r) => /\/api\/network\?.*since=/.test(r.url()));
    await page.mouse.move(box.x + box.width * 0.02, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(box.x + box.width * (0.02 + 0.028 * step), y);
    await page.mouse.up();
    await page.waitForFunction(
      (previous) => document.querySelector("#count")?.textContent !== previous,
      before,
    );
    const after = await count();
    assert.ok(eventsIn(after) < eventsIn(before), `${before} → ${after}`);
    const url = new URL(page.url());
    assert.match(url.searchParams.get("since") ?? "", /^\d{4}-\d{2}-\d{2}$/);
    assert.match(url.searchParams.get("until") ?? "", /^\d{4}-\d{2}-\d{2}$/);
    assert.match((await page.textContent("#timeline-range")) ?? "", /\d{4}/);
    await (await networkFiltered).finished();
    await page.waitForTimeout(200);
    await screenshot("timeline-brushed");
    // Clearing the range brings every event back.
    await page.click("#timeline-range button");
    await page.waitForFunction(
      (previous) => document.querySelector("#count")?.textContent === previous,
      before,
    );
    assert.equal(new URL(page.url()).searchParams.get("since"), null);
  });

  it("clicking an event on the map opens its evidence highlighted in its source document", async () => {
    // Find an assault's red symbol on the canvas, as a person would look for one, and click it.
    const target = await page.$eval("canvas.map-points", (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = (c.getContext("2d") as CanvasRenderingContext2D).getImageData(
        0,
        0,
        c.width,
        c.height,
      ).data;
      const found: [number, number][] = [];
      for (let y = 40; y < c.height - 40; y += 2)
        for (let x = 60; x < c.width - 60; x += 2) {
          const i = (y * c.width + x) * 4;
          const [r, g, a] = [data[i] as number, data[i + 1] as number, data[i + 3] as number];
          if (a > 190 && r > g + 80) found.push([x, y]);
        }
      const rect = c.getBoundingClientRect();
      const [x, y] = found[Math.floor(found.length / 2)] ?? [Number.NaN, Number.NaN];
      return { x: rect.left + (x * rect.width) / c.width, y: rect.top + (y * rect.height) / c.height };
    });
    assert.ok(Number.isFinite(target.x), "a red symbol is drawn");
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector("#event-detail mark.evidence");
    const id = new URL(page.url()).searchParams.get("event");
    assert.ok(id, "the event is in the URL");
    assert.equal(await page.getAttribute("#event-detail", "data-event"), id);
    const detail = (await (await page.request.get(new URL(`/api/events/${id}`, server.url).href)).json()) as {
      report: { event: { evidence: EvidenceSpan[] } };
    };
    const evidence = detail.report.event.evidence;
    assert.ok(evidence.length > 0);
    const marked = await page.$$eval("#event-detail mark.evidence", (marks) => {
      const byIndex = new Map<string, string>();
      for (const mark of marks) {
        const i = (mark as HTMLElement).dataset.evidence ?? "";
        byIndex.set(i, (byIndex.get(i) ?? "") + mark.textContent);
      }
      return [...byIndex.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, text]) => text);
    });
    assert.deepEqual(
      marked,
      evidence.map((e) => e.text),
    );
    // The text around the evidence is the document's own.
    const text = (await page.textContent("#event-detail .document-text")) ?? "";
    assert.ok(text.includes(evidence[0]?.text ?? "?"));
    assert.match((await page.textContent("#event-detail dl")) ?? "", /Who.*When.*Where/s);
  });

  it("shows an event's contested figures side by side, each with who claims it", async () => {
    const fused = (await (await page.request.get(new URL("/api/fused", server.url).href)).json()) as {
      id: string;
      fatalities: { count: number; claimant: string }[];
    }[];
    const contested = fused.find((e) => new Set(e.fatalities.map((f) => f.count)).size > 1);
    assert.ok(contested, "the sample corpus has an event whose death toll is disputed");
    await page.goto(new URL(`/?event=${contested.id}`, server.url).href);
    await ready();
    await page.waitForSelector("#event-detail .badge.contested");
    const figures = (await page.textContent("#event-detail .figures")) ?? "";
    for (const f of contested.fatalities) {
      assert.ok(figures.includes(String(f.count)), `${f.count} in ${figures}`);
      assert.ok(figures.includes(f.claimant), `${f.claimant} in ${figures}`);
    }
    assert.ok((await page.locator("#event-detail mark.evidence").count()) > 0);
    await screenshot("event-evidence");
  });

  it("opens the event's document in the reader, its mentions highlighted by kind and its events beside it", async () => {
    await page.click("#event-detail .source-meta button");
    await page.waitForSelector("#reader .reader-events li");
    assert.ok(new URL(page.url()).searchParams.get("doc"));
    for (const kind of ["actor", "place", "date"])
      assert.ok((await page.locator(`#reader .mention.m-${kind}`).count()) > 0, `${kind} mentions`);
    assert.ok((await page.locator("#reader mark.evidence").count()) > 0, "the chosen event's evidence");
    await screenshot("document-reader");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#reader", { state: "hidden" });
  });

  it("clicking an actor in the network filters by it", async () => {
    await page.goto(server.url);
    await ready();
    const before = await count();
    await page.click('#network .node[data-actor="PAK:STATE"]');
    await page.waitForFunction(
      (previous) => document.querySelector("#count")?.textContent !== previous,
      before,
    );
    assert.equal(new URL(page.url()).searchParams.get("actor"), "PAK:STATE");
    assert.equal(await page.inputValue("#filter-actor"), "PAK:STATE");
    assert.ok(eventsIn(await count()) < eventsIn(before));
    await page.waitForSelector('#network .node.selected[data-actor="PAK:STATE"]');
    await screenshot("actor-filter");
  });

  it("keeps a filter in the URL, so it survives a reload", async () => {
    await page.goto(server.url);
    await ready();
    await page.selectOption("#filter-type", "CONSULT");
    await page.waitForURL(/type=CONSULT/);
    const filtered = await count();
    await page.fill("#filter-place", "Doha");
    await page.press("#filter-place", "Enter");
    await page.waitForURL(/place=Doha/);
    await page.waitForFunction(
      (previous) => document.querySelector("#count")?.textContent !== previous,
      filtered,
    );
    const narrowed = await count();
    await page.reload();
    await ready();
    assert.equal(await page.inputValue("#filter-type"), "CONSULT");
    assert.equal(await page.inputValue("#filter-place"), "Doha");
    assert.equal(await count(), narrowed);
  });

  it("searches the text, and lists the hits", async () => {
    await page.goto(server.url);
    await ready();
    const before = await count();
    await page.fill("#filter-q", "Torkham");
    await page.press("#filter-q", "Enter");
    await page.waitForSelector("#search-results li");
    await page.waitForFunction(
      (previous) => document.querySelector("#count")?.textContent !== previous,
      before,
    );
    assert.equal(new URL(page.url()).searchParams.get("q"), "Torkham");
    assert.ok(eventsIn(await count()) < eventsIn(before));
    assert.match((await page.textContent("#search-results mark")) ?? "", /torkham/i);
    assert.deepEqual(offsite, []);
    assert.deepEqual(errors, []);
  });
});
