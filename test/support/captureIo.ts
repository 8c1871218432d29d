import type { CliIo } from "../../src/cli/CliIo.ts";

/** A CliIo that keeps what a command writes, for in-process command tests. */
export function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
