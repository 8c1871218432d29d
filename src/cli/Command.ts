import type { CliIo } from "./CliIo.ts";

/** One `faultline` command. `run` returns an exit code; only bin/faultline.mjs sets it on the process. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}
