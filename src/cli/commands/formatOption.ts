import { UsageError } from "../UsageError.ts";

/** The `--format` a command was given, or a UsageError naming the formats it knows. */
export function formatOption<F extends string>(value: string | undefined, formats: readonly F[]): F {
  if (formats.includes(value as F)) return value as F;
  const known = formats.length === 2 ? formats.join(" or ") : `one of ${formats.join(", ")}`;
  throw new UsageError(`--format expects ${known}, found "${value ?? ""}"`);
}
