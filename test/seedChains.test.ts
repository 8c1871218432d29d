import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, it } from "node:test";
import { main } from "../src/cli/main.ts";
import { captureIo } from "./support/captureIo.ts";

const seed = join(import.meta.dirname, "..", "..", "shared", "seeds", "000_704e6c384ef13b34.txt");
const skip = existsSync(seed) ? false : `${seed} is absent (the seeds sit beside the repository, not in it)`;
const directory = mkdtempSync(join(tmpdir(), "faultline-seed-chains-"));
after(() => rmSync(directory, { recursive: true, force: true }));

interface ChainJson {
  events: {
    type: string;
    mode: string;
    source: { country: string } | null;
    target: { country: string } | null;
  }[];
  links: { kind: string }[];
}

it("faultline chains reproduces the four-step chain of seed 000's first paragraph, with explicit links", {
  skip,
}, async () => {
  const db = join(directory, "faultline.db");
  const ingest = captureIo();
  assert.equal(
    await main(["ingest", "--db", db, "--published", "2026-02-27", seed], ingest),
    0,
    ingest.stderr,
  );
  const io = captureIo();
  assert.equal(await main(["chains", "--db", db, "--explicit-only", "--format", "json"], io), 0, io.stderr);
  const chains = JSON.parse(io.stdout) as ChainJson[];
  const steps = (chain: ChainJson) =>
    chain.events.map((e) => `${e.type}/${e.mode} ${e.source?.country ?? "?"}>${e.target?.country ?? "?"}`);
  // Terror attacks in Pakistan → Pakistani strikes earlier that week → the Afghan attack on
  // border posts → Pakistani strikes on Kabul, Kandahar and Paktia.
  const wanted = [
    "ASSAULT/attack ?>?",
    "ASSAULT/air PAK>AFG",
    "ASSAULT/attack AFG>PAK",
    "ASSAULT/air PAK>AFG",
  ];
  const found = chains.find((c) => steps(c).join(" | ").includes(wanted.join(" | ")));
  assert.ok(
    found,
    `no chain holds ${wanted.join(" → ")}; chains: ${chains.map((c) => steps(c).join(" → ")).join("; ")}`,
  );
  assert.ok(found.links.every((l) => l.kind === "explicit"));
});
