import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { captureIo } from "../../test/support/captureIo.ts";
import { main } from "./main.ts";

describe("faultline command line", () => {
  it("prints help listing the commands", async () => {
    const io = captureIo();
    assert.equal(await main(["--help"], io), 0);
    assert.match(io.stdout, /Usage: faultline <command>/);
    assert.match(io.stdout, /\bkb\b/);
  });

  it("prints help for a subcommand", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "--help"], io), 0);
    assert.match(io.stdout, /lookup "<name>"/);
  });

  it("rejects an unknown command with exit code 2", async () => {
    const io = captureIo();
    assert.equal(await main(["frobnicate"], io), 2);
    assert.match(io.stderr, /unknown command "frobnicate"/);
  });

  it("rejects a malformed date with exit code 2 and says what it expected", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "lookup", "Kabul", "--date", "27/02/2026"], io), 2);
    assert.match(io.stderr, /--date expects YYYY-MM-DD, found "27\/02\/2026"/);
  });

  it("rejects an unknown option with exit code 2", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "lookup", "Kabul", "--bogus"], io), 2);
  });

  it("prints a look-up as JSON with actors and places", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "lookup", "Kabul", "--date", "2026-02-27"], io), 0);
    const result = JSON.parse(io.stdout);
    assert.equal(result.actors[0].key, "AFG:STATE");
    assert.equal(result.places[0].place.country, "AFG");
  });

  it("exits 1 when a name denotes nothing", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "lookup", "Qwxzv"], io), 1);
    assert.deepEqual(JSON.parse(io.stdout).actors, []);
  });

  it("checks the knowledge files", async () => {
    const io = captureIo();
    assert.equal(await main(["kb", "check"], io), 0, io.stderr);
    assert.match(io.stdout, /0 problems/);
  });
});
