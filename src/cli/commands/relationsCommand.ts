import { relations } from "../../analyze/relations.ts";
import { analysisCommand } from "./analysisCommand.ts";

export const relationsCommand = analysisCommand({
  name: "relations",
  summary: "relation status of each pair of parties, year by year",
  description: `The relation between each pair of parties, year by year, from the events between them:
hostile when hostile acts outweigh cooperative ones twice over, cooperative the other way round,
else mixed (weights as "faultline escalation --help" describes). Read across the years, it shows
turns such as "allies until 2021, adversaries since".`,
  options: { min: { type: "string", default: "2" } },
  optionsHelp: "  --min N                  only pairs with at least N events (default 2)",
  analyse: (events, options) =>
    relations(events).filter((r) => r.periods.reduce((s, p) => s + p.events, 0) >= Number(options.min ?? 2)),
  table(list) {
    if (list.length === 0) return "no pair of parties with enough events\n";
    return `${list
      .map((r) => {
        const years = r.periods.map((p) => `${p.period} ${p.status} (${p.events})`).join(" → ");
        return `${r.parties.join(" ↔ ")}: ${years}`;
      })
      .join("\n")}\n`;
  },
  json: (list) => list,
});
