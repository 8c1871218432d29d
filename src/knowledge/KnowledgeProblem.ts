/** Something wrong in the knowledge files: where, and what was expected. */
export interface KnowledgeProblem {
  file: string;
  path: string;
  message: string;
}

/** Thrown at start-up when the knowledge files are invalid; lists every problem found. */
export class KnowledgeError extends Error {
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `faultline: invalid knowledge base (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems
          .slice(0, 20)
          .map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ""}: ${p.message}`)
          .join("\n"),
    );
    this.name = "KnowledgeError";
  }
}
