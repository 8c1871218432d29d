import { parseArgs } from "node:util";
import { isIsoDate } from "../../core/isoDate.ts";
import { checkKnowledgeBase, loadKnowledgeBase } from "../../knowledge/loadKnowledgeBase.ts";
import { lookupName } from "../../resolve/lookupName.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";

const usage = `Usage: faultline kb <subcommand>

Subcommands:
  lookup "<name>" [--date YYYY-MM-DD]   print the actors and places a name may denote, as JSON
  check                                 validate every knowledge file and report all problems

Options:
  --date YYYY-MM-DD   the date the name is used on: offices and kinds change with time
  -h, --help          show this help
`;

function lookup(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { date: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const name = positionals.join(" ").trim();
  if (!name) throw new UsageError('kb lookup needs a name, e.g. faultline kb lookup "Khwaja Asif"');
  const date = values.date ?? null;
  if (date !== null && !isIsoDate(date)) throw new UsageError(`--date expects YYYY-MM-DD, found "${date}"`);
  const kb = loadKnowledgeBase();
  const result = lookupName(kb, name, date);
  io.out(`${JSON.stringify(result, null, 2)}\n`);
  return result.actors.length > 0 || result.places.length > 0 ? EXIT_OK : EXIT_PROBLEMS;
}

function check(io: CliIo): number {
  const started = performance.now();
  const { kb, problems } = checkKnowledgeBase();
  for (const p of problems) io.err(`${p.file}${p.path ? ` at ${p.path}` : ""}: ${p.message}\n`);
  const places = kb.places.size;
  const ms = Math.round(performance.now() - started);
  io.out(
    `knowledge: ${kb.countries.size} countries, ${kb.organisations.size} organisations, ${kb.people.size} people, ` +
      `${places} places, ${kb.actorNames.size} actor names; ${problems.length} problem${problems.length === 1 ? "" : "s"} (${ms} ms)\n`,
  );
  return problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS;
}

export const kbCommand: Command = {
  name: "kb",
  summary: "look names up in the knowledge base, or check its files",
  usage,
  run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === "--help" || sub === "-h") {
      io.out(usage);
      return sub === undefined ? EXIT_PROBLEMS : EXIT_OK;
    }
    if (sub === "lookup") return lookup(rest, io);
    if (sub === "check") {
      if (rest.includes("--help") || rest.includes("-h")) {
        io.out(usage);
        return EXIT_OK;
      }
      return check(io);
    }
    throw new UsageError(`unknown kb subcommand "${sub}"`);
  },
};
