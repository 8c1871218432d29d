import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { isDocumentPath } from "./readDocumentFile.ts";

const WILDCARD = /[*?[]/;
// Folders a walk never enters: version control, dependencies, the store itself.
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ".faultline"]);
// A folder's own documentation is no document of the corpus.
const NOT_DOCUMENTS = /^(readme|license|licence|changelog|contributing)(\.|$)/i;

/** A glob as a regular expression over paths: `**` any folders, `*` and `?` within one name. */
function globPattern(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      source += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i);
      source += close > i ? glob.slice(i, close + 1) : "\\[";
      i = close > i ? close : i;
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** Every document file under a folder, in name order, skipping hidden folders and dependencies. */
function walk(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name) ? [] : walk(path);
    return entry.isFile() && isDocumentPath(path) && !NOT_DOCUMENTS.test(entry.name) ? [path] : [];
  });
}

/** The folder a glob's walk starts from: the part before its first wildcard segment. */
function globBase(glob: string): string {
  const segments = glob.split("/");
  const fixed = segments.slice(
    0,
    segments.findIndex((s) => WILDCARD.test(s)),
  );
  return fixed.length === 0 ? "." : fixed.join("/") || "/";
}

/**
 * The files a list of arguments names: a file as given (whatever its type, so that the reader can
 * say what is wrong with it), a folder's document files recursively, a glob's matches (for shells
 * that leave quoted globs alone). A path that names nothing is kept, for the reader to report.
 */
export function listDocumentPaths(args: readonly string[]): string[] {
  const paths: string[] = [];
  for (const arg of args) {
    if (WILDCARD.test(arg)) {
      const pattern = globPattern(arg.split(sep).join("/"));
      const base = globBase(arg);
      let candidates: string[] = [];
      try {
        candidates = walk(base);
      } catch {
        candidates = [];
      }
      const matches = candidates.filter((p) => pattern.test(p.split(sep).join("/").replace(/^\.\//, "")));
      paths.push(...(matches.length > 0 ? matches : [arg]));
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      isFolder = false;
    }
    paths.push(...(isFolder ? walk(arg) : [arg]));
  }
  return [...new Set(paths)];
}
