import { createReadStream, existsSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/**
 * Serves a file of the dashboard's build, or its index.html for any other path (the dashboard
 * keeps its state in the URL). False when there is no build to serve.
 */
export function serveStatic(root: string, urlPath: string, response: ServerResponse): boolean {
  const index = join(root, "index.html");
  if (!existsSync(index)) return false;
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, "");
  const candidate = join(root, relative);
  const inside = candidate === root || candidate.startsWith(root + sep);
  const file =
    inside && relative && existsSync(candidate) && statSync(candidate).isFile() ? candidate : index;
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": file === index ? "no-cache" : "public, max-age=3600",
  });
  createReadStream(file).pipe(response);
  return true;
}
