/**
 * The dashboard's figures: time to first render (the `faultline:first-render` mark the page sets
 * once the map — base map and event symbols — and the timeline have drawn, counted from the start
 * of navigation) over stores of 10,000 and 100,000 generated events, served by `faultline serve`
 * and loaded in headless Chromium; and, to show it stays responsive, how long the map takes to
 * follow a brush dragged across the timeline (the `faultline:filter` measures). Printed, not asserted.
 * Skipped with a note where there is no Chromium.
 * Reproduce with: npm run bench   (or: node bin/run-ts.mjs bench/dashboard.bench.ts [--quick] [--events N,N])
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { openDatabase } from "../src/store/openStore.ts";
import { chromiumMissing, launchChromium } from "../test/e2e/browser.ts";
import { assertDashboardBuilt, serveStore } from "../test/e2e/servedStore.ts";
import { fillStore } from "./fillStore.ts";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, events: { type: "string" } },
});
const SIZES = (values.events ?? (values.quick ? "2000" : "10000,100000")).split(",").map(Number);
const LOADS = values.quick ? 1 : 3;
const BRUSH_STEPS = values.quick ? 5 : 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

console.log(
  `Dashboard benchmark: first render in headless Chromium (1440×900), from navigation start, median of ${LOADS} loads after a first one; brush over ${BRUSH_STEPS} moves`,
);
const missing = chromiumMissing();
if (missing) {
  console.log(`skipped: ${missing}`);
} else {
  assertDashboardBuilt();
  const kb = loadKnowledgeBase();
  const browser = await launchChromium();
  try {
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), "faultline-dashboard-bench-"));
      try {
        const path = join(dir, "bench.db");
        const { db, backend } = await openDatabase(path);
        await fillStore(db, backend, kb, { events: size, perDocument: 20, seed: 7 });
        await db.destroy();
        const server = await serveStore(path);
        try {
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          const firstRenders: number[] = [];
          const pointsLoads: number[] = [];
          // The first load meets a cold server; it is printed apart from the median of the next ones.
          for (let load = 0; load <= LOADS; load++) {
            await page.goto(server.url);
            await page.waitForSelector("body[data-ready]", { timeout: 120_000 });
            // Let the page finish its other requests (network, escalation), so the next load starts on an idle server.
            await page.waitForSelector("#network .node", { timeout: 300_000 });
            await page.waitForSelector("#escalation .escalation-chart .baseline", {
              state: "attached",
              timeout: 300_000,
            });
            const timing = await page.evaluate(() => ({
              firstRender: performance.getEntriesByName("faultline:first-render")[0]?.startTime ?? Number.NaN,
              points:
                (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((r) =>
                  r.name.includes("/api/points"),
                )?.responseEnd ?? Number.NaN,
            }));
            firstRenders.push(timing.firstRender);
            pointsLoads.push(timing.points);
          }
          const drawn = await page.getAttribute("canvas.map-points", "data-points");
          // Drag the brush across the timeline and time how long the map takes to follow each move.
          await page.evaluate(() => performance.clearMeasures("faultline:filter"));
          const box = await page.locator(".timeline-chart .brush-overlay").boundingBox();
          if (box) {
            const y = box.y + box.height / 2;
            await page.mouse.move(box.x + box.width * 0.1, y);
            await page.mouse.down();
            for (let step = 1; step <= BRUSH_STEPS; step++) {
              await page.mouse.move(box.x + box.width * (0.1 + (0.6 * step) / BRUSH_STEPS), y);
              await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
            }
            await page.mouse.up();
          }
          const brush = await page.evaluate(() =>
            performance.getEntriesByName("faultline:filter").map((m) => m.duration),
          );
          await page.close();
          const [cold, ...warm] = firstRenders;
          console.log(
            `  ${String(size).padStart(7)} events (${drawn} symbols drawn): first render ${ms(median(warm))}` +
              ` (cold server ${ms(cold ?? Number.NaN)}; points answered at ${ms(median(pointsLoads.slice(1)))})` +
              `   brush → map redrawn: median ${ms(median(brush))}, worst ${ms(Math.max(...brush))} over ${brush.length} moves`,
          );
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}
