import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Store } from "../store/Store.ts";
import { ApiError } from "./ApiError.ts";
import { fusedEventsCache } from "./fusedEventsCache.ts";
import { openApiDocument } from "./openApiDocument.ts";
import { ROUTES, type Route } from "./routes.ts";
import { serveStatic } from "./serveStatic.ts";

/** The largest request body accepted: a long article as JSON. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface ApiServerOptions {
  store: Store;
  knowledgeBase(): KnowledgeBase;
  /** Writes are refused unless a token is set and the request carries it. */
  token: string | null;
  /** The dashboard's build folder. */
  webRoot: string;
  version: string;
}

/** Responses bigger than this are gzipped for clients that accept it (a map's points run to megabytes). */
const COMPRESS_ABOVE_BYTES = 16 * 1024;

function send(request: IncomingMessage, response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  const headers = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    vary: "accept-encoding",
  };
  if (
    text.length > COMPRESS_ABOVE_BYTES &&
    /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))
  ) {
    response.writeHead(status, { ...headers, "content-encoding": "gzip" });
    response.end(gzipSync(text, { level: 1 }));
    return;
  }
  response.writeHead(status, headers);
  response.end(text);
}

function match(route: Route, method: string, path: string): Record<string, string> | null {
  if (route.method !== method) return null;
  const want = route.path.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new ApiError(413, `request body over ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ApiError(413, `request body over ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  if (!/^application\/json\b/.test(request.headers["content-type"] ?? ""))
    throw new ApiError(415, "expected a JSON body (content-type: application/json)");
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiError(400, "the body is not valid JSON");
  }
}

function authorised(request: IncomingMessage, token: string | null): boolean {
  if (!token) return false;
  const given = Buffer.from((request.headers.authorization ?? "").replace(/^Bearer\s+/i, ""));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function validationMessage(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.join(".");
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(", ")}`
          : issue.message;
      return where ? `${where}: ${message}` : message;
    })
    .join("; ");
}

/**
 * The HTTP server: the JSON API under /api (routes.ts), its OpenAPI document, and the dashboard.
 * One error handler answers every failure with { error } and a status, never a stack trace.
 */
export function createApiServer(options: ApiServerOptions): Server {
  const openApi = openApiDocument(ROUTES, options.version);
  const fused = fusedEventsCache(options.store);
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      const method = request.method ?? "GET";
      if (url.pathname === "/api/openapi.json") return send(request, response, 200, openApi);
      if (!url.pathname.startsWith("/api/")) {
        if (method !== "GET" && method !== "HEAD") throw new ApiError(405, `${method} is not allowed here`);
        if (!serveStatic(options.webRoot, url.pathname, response))
          throw new ApiError(404, "the dashboard is not built (npm run build:web); the API is under /api");
        return;
      }
      let allowed: string[] = [];
      for (const route of ROUTES) {
        if (match(route, route.method, url.pathname)) allowed = [...allowed, route.method];
        const params = match(route, method, url.pathname);
        if (!params) continue;
        if (route.write) {
          if (!options.token)
            throw new ApiError(401, "this server is read-only: start it with --token to accept writes");
          if (!authorised(request, options.token))
            throw new ApiError(401, "missing or wrong token (Authorization: Bearer TOKEN)");
        }
        const query = route.query.safeParse(Object.fromEntries(url.searchParams));
        if (!query.success) throw new ApiError(400, validationMessage(query.error));
        let body: unknown = null;
        if (route.body) {
          const parsed = route.body.safeParse(await readBody(request));
          if (!parsed.success) throw new ApiError(400, validationMessage(parsed.error));
          body = parsed.data;
        }
        if (route.write) fused.clear();
        const result = await route.handle({
          store: options.store,
          knowledgeBase: options.knowledgeBase,
          fused: (filter) => fused.get(filter),
          query: query.data,
          params,
          body,
        });
        if (route.write) fused.clear();
        return send(request, response, method === "POST" ? 201 : 200, result);
      }
      if (allowed.length > 0)
        throw new ApiError(405, `${method} is not allowed on ${url.pathname} (${allowed.join(", ")})`);
      throw new ApiError(404, `no such endpoint: ${url.pathname} (see /api/openapi.json)`);
    } catch (error) {
      if (error instanceof ApiError) return send(request, response, error.status, { error: error.message });
      if (error instanceof z.ZodError)
        return send(request, response, 400, { error: validationMessage(error) });
      // Anything else is our fault: say so without details, and keep them in the server's log.
      console.error(error);
      return send(request, response, 500, { error: "internal error" });
    }
  });
}
