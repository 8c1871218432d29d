/** A command used wrongly: printed with the command's usage and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
