/**
 * Extraction alone, no database, in this process: generated reports extracted after some untimed
 * to warm the JIT; prints one JSON line with the reports per second and the CPU per report.
 * `bench:scale` runs one and then two of these side by side: how much a second process adds on
 * this machine when nothing else waits, the ceiling of the ratio of two workers to one.
 * Run: node bin/run-ts.mjs bench/extractAlone.ts [--documents N] [--warm-up N]
 */
import { parseArgs } from "node:util";
import { extractCandidates } from "../src/extract/extractCandidates.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { assembleEvents } from "../src/resolve/assembleEvents.ts";
import { type CorpusDocument, generateCorpus, toSourceDocument } from "./generateCorpus.ts";

const { values } = parseArgs({
  options: { documents: { type: "string", default: "1000" }, "warm-up": { type: "string", default: "300" } },
});
const documents = Number(values.documents);
const warmUp = Number(values["warm-up"]);
const kb = loadKnowledgeBase();
const corpus = generateCorpus(kb, { documents: warmUp + documents, seed: 11 });

function extract(d: CorpusDocument): void {
  assembleEvents(kb, extractCandidates(kb, toSourceDocument(d)), d.published);
}

for (const d of corpus.slice(0, warmUp)) extract(d);
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (const d of corpus.slice(warmUp)) extract(d);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
console.log(
  JSON.stringify({
    reportsPerSecond: documents / seconds,
    cpuMsPerReport: (cpu.user + cpu.system) / 1000 / documents,
  }),
);
