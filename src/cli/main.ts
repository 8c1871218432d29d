import { KnowledgeError } from "../knowledge/KnowledgeProblem.ts";
import { type CliIo, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, processIo } from "./CliIo.ts";
import type { Command } from "./Command.ts";
import { actorsCommand } from "./commands/actorsCommand.ts";
import { chainsCommand } from "./commands/chainsCommand.ts";
import { claimsCommand } from "./commands/claimsCommand.ts";
import { docsCommand } from "./commands/docsCommand.ts";
import { escalationCommand } from "./commands/escalationCommand.ts";
import { eventsCommand } from "./commands/eventsCommand.ts";
import { exportCommand } from "./commands/exportCommand.ts";
import { extractCommand } from "./commands/extractCommand.ts";
import { fuseCommand } from "./commands/fuseCommand.ts";
import { ingestCommand } from "./commands/ingestCommand.ts";
import { kbCommand } from "./commands/kbCommand.ts";
import { queueCommand } from "./commands/queueCommand.ts";
import { relationsCommand } from "./commands/relationsCommand.ts";
import { searchCommand } from "./commands/searchCommand.ts";
import { serveCommand } from "./commands/serveCommand.ts";
import { showCommand } from "./commands/showCommand.ts";
import { splitCommand } from "./commands/splitCommand.ts";
import { timelineCommand } from "./commands/timelineCommand.ts";
import { workerCommand } from "./commands/workerCommand.ts";
import { UsageError } from "./UsageError.ts";

const commands: readonly Command[] = [
  ingestCommand,
  workerCommand,
  queueCommand,
  serveCommand,
  eventsCommand,
  showCommand,
  splitCommand,
  fuseCommand,
  actorsCommand,
  docsCommand,
  timelineCommand,
  escalationCommand,
  chainsCommand,
  claimsCommand,
  relationsCommand,
  searchCommand,
  exportCommand,
  extractCommand,
  kbCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `faultline — turns reporting about armed conflicts into sourced, structured events

Usage: faultline <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show this help; "faultline <command> --help" shows a command's
  -v, --version  print the version

Exit codes: 0 success, 1 problems found, 2 wrong usage or invalid configuration.
`;
}

/** Runs the command line and returns the exit code; never exits the process itself. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    const { version } = (await import("../../package.json", { with: { type: "json" } })).default;
    io.out(`faultline ${version}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`faultline: unknown command "${name}"\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`faultline ${name}: ${(error as Error).message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    if (error instanceof KnowledgeError) {
      io.err(`${error.message}\n`);
      return EXIT_USAGE;
    }
    io.err(`faultline ${name}: ${(error as Error).message}\n`);
    return EXIT_PROBLEMS;
  }
}
