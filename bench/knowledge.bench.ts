/**
 * Knowledge-base figures: load and compile times, name look-up and place look-up latency, peak RSS.
 * Reproduce with: npm run bench   (add --quick for a short run, as the test suite does)
 */
import { findActorMentions } from "../src/extract/findActorMentions.ts";
import { loadKnowledgeBase } from "../src/knowledge/loadKnowledgeBase.ts";
import { tokenize } from "../src/nlp/tokenize.ts";
import { lookupName } from "../src/resolve/lookupName.ts";

const quick = process.argv.includes("--quick");
const rounds = quick ? 200 : 20_000;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const [kb, loadMs] = time(() => loadKnowledgeBase());
const [places, placesMs] = time(() => kb.places);

const names = ["Khwaja Asif", "Afghan troops", "Kabul", "Tehrik-i-Taliban Pakistan", "Michael Jordan", "RSF"];
const [, lookupMs] = time(() => {
  for (let i = 0; i < rounds; i++) lookupName(kb, names[i % names.length] as string, "2026-02-27", 0);
});
const placeNames = ["Kabul", "Paktia", "Hyderabad", "Torkham", "Springfield", "Kharkiv"];
const [, placeMs] = time(() => {
  for (let i = 0; i < rounds; i++) places.lookup(placeNames[i % placeNames.length] as string);
});

const sentence =
  "Pakistan's defence minister said Afghan troops and TTP fighters attacked border posts near Torkham, " +
  "while Kabul denied the claim and the UN called for restraint. ";
const text = sentence.repeat(quick ? 20 : 2_000);
const [, mentionMs] = time(() => findActorMentions(kb, text, tokenize(text)));

const rssMb = process.memoryUsage().rss / 1e6;
console.log(
  `knowledge base: ${kb.countries.size} countries, ${kb.organisations.size} organisations, ${kb.people.size} people`,
);
console.log(`  load and compile actors   ${loadMs.toFixed(0)} ms`);
console.log(`  build gazetteer           ${placesMs.toFixed(0)} ms (${places.size} places)`);
console.log(
  `  name look-up              ${((lookupMs / rounds) * 1000).toFixed(1)} µs per name (lookupName, ${rounds} rounds)`,
);
console.log(
  `  place look-up             ${((placeMs / rounds) * 1000).toFixed(1)} µs per name (${rounds} rounds)`,
);
console.log(
  `  actor mentions in text    ${(text.length / 1e6 / (mentionMs / 1000)).toFixed(2)} MB/s (tokenize + find)`,
);
console.log(`  peak RSS                  ${rssMb.toFixed(0)} MB`);
console.log(`reproduce: node bin/run-ts.mjs bench/knowledge.bench.ts${quick ? " --quick" : ""}`);
