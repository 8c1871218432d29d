import type { Period } from "../../analyze/periods.ts";
import { tallyEvents } from "../../analyze/tallyEvents.ts";
import { timeline } from "../../analyze/timeline.ts";
import { UsageError } from "../UsageError.ts";
import { analysisCommand } from "./analysisCommand.ts";

const PERIODS = ["day", "week", "month"];

export const timelineCommand = analysisCommand({
  name: "timeline",
  summary: "events and deaths per day, week or month",
  description: `Counts events (each real-world event once, however many reports it has) and deaths per
period. Deaths are given as a range: the sum of the smallest and of the largest figure the reports
give, never an average. Weeks start on Monday.`,
  options: { period: { type: "string", default: "week" } },
  optionsHelp: "  --period day|week|month  the period to count in (default week)",
  analyse(events, options) {
    const period = options.period as string;
    if (!PERIODS.includes(period))
      throw new UsageError(`--period expects day, week or month, found "${period}"`);
    return timeline(tallyEvents(events), period as Period);
  },
  table({ points, undated }) {
    if (points.length === 0) return "no dated events\n";
    const rows = points.map((p) => {
      const killed = p.killedLow === p.killedHigh ? `${p.killedLow}` : `${p.killedLow}–${p.killedHigh}`;
      const types = Object.entries(p.byType)
        .sort((a, b) => b[1] - a[1])
        .map(([type, n]) => `${type} ${n}`)
        .join(", ");
      return `${p.period}  ${String(p.events).padStart(6)}  ${killed.padStart(9)}  ${"▇".repeat(Math.min(40, p.events))}  ${types}`;
    });
    return `PERIOD      EVENTS     KILLED\n${rows.join("\n")}\n${undated > 0 ? `(${undated} events dated too vaguely for one period are not counted)\n` : ""}`;
  },
  json: (result) => result,
});
