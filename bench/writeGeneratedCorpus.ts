import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeBase } from "../src/knowledge/KnowledgeBase.ts";
import { generateCorpus } from "./generateCorpus.ts";

/** Writes a generated corpus as Markdown files with their publication date in front matter; returns the folder. */
export function writeGeneratedCorpus(kb: KnowledgeBase, folder: string, documents: number, seed = 7): string {
  mkdirSync(folder, { recursive: true });
  for (const document of generateCorpus(kb, { documents, seed }))
    writeFileSync(
      join(folder, `${document.id}.md`),
      `---\npublished: ${document.published}\n---\n${document.text}\n`,
    );
  return folder;
}
