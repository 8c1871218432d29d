import YAML from "yaml";

export interface FrontMatter {
  fields: Record<string, unknown>;
  /** Character range of the block, delimiters included. */
  start: number;
  end: number;
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The YAML front matter at the start of a Markdown or text file, or null when there is none or it is not YAML. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const match = BLOCK.exec(text);
  if (!match) return null;
  let fields: unknown;
  try {
    fields = YAML.parse(match[1] ?? "", { schema: "core" });
  } catch {
    return null;
  }
  if (fields === null || typeof fields !== "object" || Array.isArray(fields)) return null;
  return { fields: fields as Record<string, unknown>, start: 0, end: match[0].length };
}
