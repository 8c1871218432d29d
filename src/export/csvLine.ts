/** A field that must be quoted under RFC 4180: it holds a comma, a double quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field per RFC 4180: quoted only when needed, inner double quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record ending in LF (line breaks inside quoted fields are kept as they are). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\n`;
}
