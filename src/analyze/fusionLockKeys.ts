import type { ConflictEvent } from "../core/ConflictEvent.ts";
import { addDays, daysBetween } from "../resolve/calendar.ts";
import { canMatch, DATE_SLACK_DAYS } from "./compareReports.ts";
import { nextPeriod, periodStart } from "./periods.ts";

/** Ranges longer than this lock their months instead of their weeks. */
const WEEKS_AT_MOST = 6;

/**
 * The locks fusing these events needs: one per event type and week its date (give or take the
 * slack) touches, or per month for a long range. Two documents whose events could fuse share a
 * lock, so their fusion runs one after the other; documents about other weeks fuse at once. An
 * event that can match no other takes none: it joins no fused event, and whether another report
 * fused at the same time sees it or not, the outcome is that of one order or the other.
 */
export function fusionLockKeys(
  events: readonly Pick<ConflictEvent, "type" | "date" | "locations">[],
): string[] {
  const keys = new Set<string>();
  for (const event of events) {
    const { type, date } = event;
    if (!date || !canMatch(event)) continue;
    const from = addDays(date.start, -DATE_SLACK_DAYS);
    const to = addDays(date.end, DATE_SLACK_DAYS);
    const weeks = daysBetween(from, to) / 7;
    const period = weeks > WEEKS_AT_MOST ? "month" : "week";
    for (let p = periodStart(from, period); p <= to; p = nextPeriod(p, period))
      keys.add(`fusion:${type}:${period}:${p}`);
  }
  return [...keys].sort();
}
