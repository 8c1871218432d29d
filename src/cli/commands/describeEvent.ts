import type { FusedEvent } from "../../analyze/fusedEvents.ts";
import { formatClaims } from "../../analyze/fusedEvents.ts";

/** One fused event on one line: date, type, parties, places, deaths as claimed, and how many reports. */
export function describeEvent(e: FusedEvent): string {
  const date = e.date
    ? e.date.start === e.date.end
      ? e.date.start
      : `${e.date.start}..${e.date.end}`
    : "undated";
  const places = e.locations
    .filter((l) => l.precision !== "country")
    .slice(0, 4)
    .map((l) => l.name);
  const killed = e.fatalities.length > 0 ? `  killed: ${formatClaims(e.fatalities)}` : "";
  return (
    `${date}  ${e.type}/${e.mode}  ${e.source?.name ?? "—"} → ${e.target?.name ?? "—"}` +
    `${places.length > 0 ? ` @ ${places.join(", ")}` : ""}${killed}  [${e.id}${e.reports.length > 1 ? `, ${e.reports.length} reports` : ""}]`
  );
}
