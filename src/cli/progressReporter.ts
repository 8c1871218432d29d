import type { CliIo } from "./CliIo.ts";

/** Reports progress through a known number of steps. */
export interface ProgressReporter {
  /** One step done: `line` says what happened to it. */
  step(line: string): void;
  /** Clears the bar, if one is drawn, so that a summary can follow. */
  finish(): void;
}

const BAR_WIDTH = 30;
const REDRAW_MS = 100;

/**
 * On a terminal: one bar on standard error, redrawn in place at most ten times a second, and
 * the steps' lines kept off the screen. Elsewhere (a pipe, a log file, CI): one plain line per
 * step on standard output, numbered.
 */
export function progressReporter(io: CliIo, total: number, now: () => number = Date.now): ProgressReporter {
  let done = 0;
  let lastDraw = 0;
  const started = now();
  const width = String(total).length;
  if (!io.errIsTerminal)
    return {
      step(line) {
        done++;
        io.out(`[${String(done).padStart(width)}/${total}] ${line}\n`);
      },
      finish() {},
    };
  const draw = () => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * BAR_WIDTH);
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
    io.err(
      `\r\x1b[K[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total} ` +
        `${Math.floor(share * 100)}%  ${rate.toFixed(1)}/s${left !== null ? `  ${left}s left` : ""}`,
    );
  };
  draw();
  return {
    step() {
      done++;
      if (now() - lastDraw >= REDRAW_MS || done === total) {
        lastDraw = now();
        draw();
      }
    },
    finish() {
      io.err("\r\x1b[K");
    },
  };
}
