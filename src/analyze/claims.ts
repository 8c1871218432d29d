import { daysBetween } from "../resolve/calendar.ts";
import { partyKey } from "./dyads.ts";
import type { FusedEvent } from "./fusedEvents.ts";

/** An accusation with the denials and counter-accusations that answer it. */
export interface ClaimThread {
  accusation: FusedEvent;
  denials: FusedEvent[];
  counterAccusations: FusedEvent[];
}

/** How long after an accusation a denial or counter-accusation by the accused is read as its answer. */
export const ANSWER_WINDOW_DAYS = 30;

const daysAfter = (a: FusedEvent, b: FusedEvent) =>
  a.date && b.date ? daysBetween(a.date.end, b.date.start) : null;

/** Whether `answer` comes from the accused and is addressed to the accuser, soon after (or linked explicitly). */
function answers(accusation: FusedEvent, answer: FusedEvent): boolean {
  const explicit = answer.reports.some((r) =>
    r.event.in_response_to.some((id) => accusation.reports.some((a) => a.event.id === id)),
  );
  if (explicit) return true;
  const accuser = partyKey(accusation.source);
  const accused = partyKey(accusation.target);
  if (!accuser || !accused || partyKey(answer.source) !== accused) return false;
  const target = partyKey(answer.target);
  if (target !== null && target !== accuser) return false;
  const gap = daysAfter(accusation, answer);
  return gap !== null && gap >= -1 && gap <= ANSWER_WINDOW_DAYS;
}

/**
 * The claims board: each accusation with its denials (REJECT by the accused, linked by a report
 * or addressed to the accuser within the answer window) and counter-accusations (ACCUSE by the
 * accused against the accuser in the window), in date order.
 */
export function claimThreads(events: readonly FusedEvent[]): ClaimThread[] {
  const accusations = events.filter((e) => e.type === "ACCUSE" && !e.reports.every((r) => r.event.negated));
  const denials = events.filter((e) => e.type === "REJECT");
  return accusations
    .map((accusation) => ({
      accusation,
      denials: denials.filter((d) => answers(accusation, d)),
      counterAccusations: accusations.filter(
        (c) =>
          c !== accusation &&
          partyKey(c.target) !== null &&
          partyKey(c.target) === partyKey(accusation.source) &&
          answers(accusation, c),
      ),
    }))
    .sort((a, b) => (a.accusation.date?.start ?? "").localeCompare(b.accusation.date?.start ?? ""));
}
