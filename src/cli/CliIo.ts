/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether `err` writes to a terminal, where a progress bar may redraw itself. */
  errIsTerminal?: boolean;
  /** Whether `out` writes to a terminal, where matches may be shown in colour. */
  outIsTerminal?: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTerminal: process.stderr.isTTY === true,
  outIsTerminal: process.stdout.isTTY === true,
};

/** Exit codes: 0 success, 1 the work found problems, 2 the command was used wrongly. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
