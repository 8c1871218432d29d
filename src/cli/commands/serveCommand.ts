import { once } from "node:events";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createApiServer } from "../../api/createApiServer.ts";
import { isLoopback } from "../../api/isLoopback.ts";
import type { KnowledgeBase } from "../../knowledge/KnowledgeBase.ts";
import { loadKnowledgeBase } from "../../knowledge/loadKnowledgeBase.ts";
import { openStore, storeLocation } from "../../store/openStore.ts";
import { type CliIo, EXIT_OK } from "../CliIo.ts";
import type { Command } from "../Command.ts";
import { UsageError } from "../UsageError.ts";
import { describeStore, STORE_OPTION_HELP } from "./storeOption.ts";

const usage = `Usage: faultline serve [options]

Serves the dashboard and the JSON API (under /api; its OpenAPI document at /api/openapi.json)
over the store, until interrupted (Ctrl-C).

Options:
  --port N                 the port (default $PORT, else 8080)
  --host H                 the address to bind (default 127.0.0.1)
  --allow-remote           needed to bind an address other machines can reach (e.g. 0.0.0.0)
  --token T                accept writes (POST /api/documents) from requests that carry
                           "Authorization: Bearer T" (default $FAULTLINE_TOKEN; without one the
                           API is read-only)
${STORE_OPTION_HELP}
  -h, --help               show this help
`;

const WEB_ROOT = join(import.meta.dirname, "..", "..", "..", "build", "web");

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      "allow-remote": { type: "boolean", default: false },
      token: { type: "string" },
      db: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port expects a port number, found "${values.port ?? process.env.PORT}"`);
  if (!isLoopback(values.host) && !values["allow-remote"])
    throw new UsageError(
      `refusing to bind ${values.host}, which other machines can reach: add --allow-remote if you mean it`,
    );
  const token = values.token ?? process.env.FAULTLINE_TOKEN ?? null;
  const location = storeLocation(values.db);
  const store = await openStore(location);
  let kb: KnowledgeBase | null = null;
  const { version } = (await import("../../../package.json", { with: { type: "json" } })).default;
  const server = createApiServer({
    store,
    knowledgeBase: () => (kb ??= loadKnowledgeBase()),
    token,
    webRoot: WEB_ROOT,
    version,
  });
  server.listen(port, values.host);
  try {
    await once(server, "listening");
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  const shown = values.host.includes(":") ? `[${values.host}]` : values.host;
  io.out(
    `Faultline is serving ${describeStore(location)} at http://${shown}:${bound}/ (API under /api; Ctrl-C stops)\n`,
  );
  if (!token) io.out("Read-only: start with --token to accept documents through POST /api/documents.\n");
  await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
  io.out("Stopping.\n");
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  await store.close();
  return EXIT_OK;
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the dashboard and the JSON API",
  usage,
  run,
};
