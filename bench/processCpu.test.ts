import assert from "node:assert/strict";
import { it } from "node:test";
import { processCpuMs } from "./processCpu.ts";

it("reads a process's CPU time from /proc, and says null for a process that is not there", {
  skip: process.platform !== "linux" ? "no /proc here" : false,
}, () => {
  let x = 0;
  const until = Date.now() + 50;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  const own = processCpuMs(process.pid);
  assert.ok(own !== null && own >= 10, `this process used ${own} ms, ${x > 0 ? "" : "?"}`);
  assert.equal(processCpuMs(2 ** 30), null);
});
