import { chainJson, chains } from "../../analyze/chains.ts";
import { analysisCommand } from "./analysisCommand.ts";
import { describeEvent } from "./describeEvent.ts";

export const chainsCommand = analysisCommand({
  name: "chains",
  summary: "action–reaction chains: which event answers which",
  description: `Action–reaction chains among the stored events, longest first. A link is explicit when a
report says so ("in retaliation for", "in response to", "hours after", "followed"), inferred when
the target of a hostile act strikes back at its author within 7 days and no report links them.`,
  options: { "explicit-only": { type: "boolean", default: false }, limit: { type: "string", default: "20" } },
  optionsHelp: `  --explicit-only          only the links reports state
  --limit N                at most N chains (default 20)`,
  analyse(events, options) {
    const found = chains(events, { inferred: !options["explicit-only"] });
    return found.slice(0, Math.max(1, Number(options.limit) || 20));
  },
  table(found) {
    if (found.length === 0) return "no chains: no event answers another\n";
    return `${found
      .map((chain, i) => {
        const steps = chain.events.map((e, j) => {
          const link = j > 0 ? chain.links[j - 1] : null;
          const how = link ? `  ↳ ${link.kind}${link.statedBy ? ` (${link.statedBy})` : ""}: ` : "  ";
          return `${how}${describeEvent(e)}`;
        });
        return `Chain ${i + 1}: ${chain.links.length} links\n${steps.join("\n")}`;
      })
      .join("\n\n")}\n`;
  },
  json: (found) => found.map(chainJson),
});
