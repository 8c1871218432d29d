export type DocumentErrorCode = "unreadable" | "binary" | "encoding" | "empty" | "too-large" | "unsupported";

/** A document that cannot be read as text; the batch goes on without it. */
export class DocumentError extends Error {
  override name = "DocumentError";
  constructor(
    readonly code: DocumentErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
