import { parseDyad } from "../../analyze/dyads.ts";
import { escalation } from "../../analyze/escalation.ts";
import { loadDyadEvents } from "../../analyze/loadDyadEvents.ts";
import type { Period } from "../../analyze/periods.ts";
import { UsageError } from "../UsageError.ts";
import { analysisCommand } from "./analysisCommand.ts";
import { describeEvent } from "./describeEvent.ts";

function dyadOption(value: string | boolean | undefined): [string, string] {
  const dyad = parseDyad(typeof value === "string" ? value : "");
  if (!dyad) throw new UsageError('--dyad expects two keys, e.g. --dyad "PAK:STATE,AFG:STATE"');
  return dyad;
}

export const escalationCommand = analysisCommand({
  name: "escalation",
  summary: "escalation index of a pair of parties, with change points",
  description: `The escalation index of a dyad: per period, the summed intensity of the events between the
two parties in either direction. Intensity follows a Goldstein-like scale turned so that hostility
counts up (air strikes and bombings 10, clashes and attacks 9, threats of war 7, closures 5,
accusations 3; talks -3, ceasefires -6), raised for deadly acts by the deaths every report
concedes: weight × (1 + log10(1 + deaths)). Change points mark periods that rise or fall by 10 or
more from the mean of the two before. Keys as "faultline actors" lists them.`,
  options: { dyad: { type: "string" }, period: { type: "string", default: "week" } },
  optionsHelp: `  --dyad A,B               required: two party keys, e.g. PAK:STATE,AFG:STATE
  --period day|week|month  the period of the series (default week)`,
  load: (store, filter, options) => loadDyadEvents(store, filter, dyadOption(options.dyad)),
  analyse(events, options) {
    const dyad = dyadOption(options.dyad);
    const period = options.period as string;
    if (!["day", "week", "month"].includes(period))
      throw new UsageError(`--period expects day, week or month, found "${period}"`);
    return escalation(events, dyad, period as Period);
  },
  table(result) {
    if (result.series.length === 0) return `${result.summary}\n`;
    const changes = new Map(result.changes.map((c) => [c.period, c]));
    const lines = result.series.map((p) => {
      const bar =
        p.intensity >= 0
          ? "█".repeat(Math.min(50, Math.round(p.intensity / 5)))
          : "-".repeat(Math.min(10, Math.round(-p.intensity / 2)));
      const change = changes.get(p.period);
      const mark = change ? (change.direction === "escalation" ? " ▲" : " ▼") : "  ";
      return `${p.period}${mark} ${p.intensity.toFixed(1).padStart(7)}  ${bar}${p.peak && p.intensity !== 0 ? `\n             ${describeEvent(p.peak)}` : ""}`;
    });
    return `${result.dyad.join(" ↔ ")}, by ${result.period}\n${lines.join("\n")}\n\n${result.summary}\n`;
  },
  json: (result) => ({
    ...result,
    series: result.series.map(({ peak, ...point }) => ({ ...point, peak: peak?.id ?? null })),
  }),
});
