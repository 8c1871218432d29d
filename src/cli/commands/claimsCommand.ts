import { claimThreads } from "../../analyze/claims.ts";
import { analysisCommand } from "./analysisCommand.ts";
import { describeEvent } from "./describeEvent.ts";

export const claimsCommand = analysisCommand({
  name: "claims",
  summary: "the claims board: accusations with their denials and counter-accusations",
  description: `Every accusation, grouped by who makes it, with the denials and counter-accusations of
the accused that answer it (linked by a report, or addressed to the accuser within 30 days).`,
  options: {},
  optionsHelp: "",
  analyse: (events) => claimThreads(events),
  table(threads) {
    if (threads.length === 0) return "no accusations\n";
    const byAccuser = new Map<string, typeof threads>();
    for (const t of threads) {
      const accuser = t.accusation.source?.name ?? "unknown";
      byAccuser.set(accuser, [...(byAccuser.get(accuser) ?? []), t]);
    }
    return `${[...byAccuser]
      .map(([accuser, list]) => {
        const lines = list.flatMap((t) => [
          `  ${describeEvent(t.accusation)}`,
          ...t.denials.map((d) => `    denied: ${describeEvent(d)}`),
          ...t.counterAccusations.map((c) => `    countered: ${describeEvent(c)}`),
        ]);
        return `${accuser} accuses (${list.length})\n${lines.join("\n")}`;
      })
      .join("\n\n")}\n`;
  },
  json: (threads) =>
    threads.map((t) => ({
      accusation: t.accusation.id,
      source: t.accusation.source,
      target: t.accusation.target,
      mode: t.accusation.mode,
      date: t.accusation.date,
      denials: t.denials.map((d) => d.id),
      counterAccusations: t.counterAccusations.map((c) => c.id),
    })),
});
