import assert from "node:assert/strict";
import { test } from "node:test";
import { captureIo } from "../../test/support/captureIo.ts";
import { progressReporter } from "./progressReporter.ts";

test("progressReporter: plain numbered lines on standard output when not on a terminal", () => {
  const io = captureIo();
  const progress = progressReporter(io, 12);
  progress.step("new a.md");
  progress.step("duplicate b.md");
  progress.finish();
  assert.equal(io.stdout, "[ 1/12] new a.md\n[ 2/12] duplicate b.md\n");
  assert.equal(io.stderr, "");
});

test("progressReporter: a bar redrawn in place on a terminal, cleared at the end", () => {
  const io = captureIo();
  io.errIsTerminal = true;
  let clock = 0;
  const progress = progressReporter(io, 4, () => clock);
  clock = 1000;
  progress.step("new a.md");
  clock = 2000;
  progress.step("new b.md");
  progress.finish();
  const frames = io.stderr.split("\r\x1b[K").filter(Boolean);
  assert.equal(frames.length, 3);
  assert.match(frames[0] ?? "", /^\[░{30}\] 0\/4 0%/);
  assert.match(frames[2] ?? "", /^\[█{15}░{15}\] 2\/4 50% {2}1\.0\/s {2}2s left$/);
  assert.ok(io.stderr.endsWith("\r\x1b[K"));
  assert.equal(io.stdout, "");
});
