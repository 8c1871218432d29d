import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user and system) a process has used, in ms; null where /proc cannot tell (not Linux, gone). */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name, which may hold spaces: state is the first, utime the 12th.
    const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU time of every PostgreSQL process on this machine, in ms; null when none is running here. */
export function postgresCpuMs(): number | null {
  let total: number | null = null;
  for (const entry of readdirSync("/proc", { withFileTypes: true })) {
    if (!/^\d+$/.test(entry.name)) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${entry.name}/comm`, "utf8");
    } catch {
      continue;
    }
    if (!command.startsWith("postgres")) continue;
    total = (total ?? 0) + (processCpuMs(Number(entry.name)) ?? 0);
  }
  return total;
}
