import { addDays } from "../resolve/calendar.ts";
import type { EventFusion, FusionWindow, Store, StoredEvent } from "../store/Store.ts";
import { compareReports, DATE_SLACK_DAYS } from "./compareReports.ts";

/** Candidate reports compared at most per window (event type and dates) a report may fuse in. */
const CANDIDATE_LIMIT = 5_000;

/** The reports a report may fuse with: same type, dates within the slack. */
function windowOf(report: StoredEvent): FusionWindow | null {
  const { date, type } = report.event;
  if (!date) return null;
  return { type, since: addDays(date.start, -DATE_SLACK_DAYS), until: addDays(date.end, DATE_SLACK_DAYS) };
}

const windowKey = (w: FusionWindow) => `${w.type}|${w.since}|${w.until}`;

/** Fused candidates by fused event, in store order, of the window's first CANDIDATE_LIMIT candidates. */
function candidateGroups(
  candidates: readonly StoredEvent[],
  window: FusionWindow,
): Map<string, StoredEvent[]> {
  const groups = new Map<string, StoredEvent[]>();
  let taken = 0;
  for (const candidate of candidates) {
    const { type, date } = candidate.event;
    if (type !== window.type || !date || date.end < window.since || date.start > window.until) continue;
    if (++taken > CANDIDATE_LIMIT) break;
    const fusedId = candidate.fusion?.fusedId as string;
    const group = groups.get(fusedId);
    if (group) group.push(candidate);
    else groups.set(fusedId, [candidate]);
  }
  return groups;
}

/**
 * The fused event a report joins, or its own. A fused event is joined only when the report matches
 * one of its members and is ruled out by none of them, never when another event of the report's
 * document took it, and never when the user split the report from one of its members.
 */
function bestFusion(
  report: StoredEvent,
  groups: Map<string, StoredEvent[]>,
  taken: ReadonlySet<string>,
  splits: ReadonlySet<string>,
): EventFusion {
  let best: { fusedId: string; score: number; reason: string } | null = null;
  for (const [fusedId, members] of groups) {
    if (taken.has(fusedId) || members.some((m) => splits.has(m.event.id))) continue;
    const comparisons = members.map((member) => ({ member, ...compareReports(report, member) }));
    if (comparisons.some((c) => !c.same && c.score === 0)) continue;
    const match = comparisons.filter((c) => c.same).sort((p, q) => q.score - p.score)[0];
    if (match && (!best || match.score > best.score))
      best = {
        fusedId,
        score: match.score,
        reason: `same as ${match.member.event.id}: ${match.reasons.join(", ")}`,
      };
  }
  return best ?? { fusedId: report.event.id, score: 0, reason: null };
}

/**
 * Puts reports of one document, in order, into the fused events of other documents' reports
 * (`taken`: the fused events the document's other reports are in, which these never join), and
 * records where they went. The candidates of all the reports come in one query, their splits in
 * another, and their fusion is written at once: other documents whose events could fuse with
 * these wait on the caller's locks meanwhile, and no report of this document is ever a candidate.
 */
async function fuseReports(
  store: Store,
  reports: readonly StoredEvent[],
  taken: Iterable<string>,
): Promise<EventFusion[]> {
  const [first] = reports;
  if (!first) return [];
  const windows = new Map<string, FusionWindow>();
  for (const report of reports) {
    const window = windowOf(report);
    if (window) windows.set(windowKey(window), window);
  }
  const [candidates, splits] = await Promise.all([
    windows.size === 0
      ? []
      : store.fusionCandidates([...windows.values()], first.documentId, CANDIDATE_LIMIT * windows.size),
    store.splitsOf(reports.map((r) => r.event.id)),
  ]);
  const takenIds = new Set(taken);
  const fusions = reports.map((report) => {
    const window = windowOf(report);
    const groups = window ? candidateGroups(candidates, window) : new Map<string, StoredEvent[]>();
    const fusion = bestFusion(report, groups, takenIds, new Set(splits.get(report.event.id)));
    takenIds.add(fusion.fusedId);
    return fusion;
  });
  await store.setFusions(
    reports.map((report, i) => ({ eventId: report.event.id, fusion: fusions[i] as EventFusion })),
  );
  return fusions;
}

/** Every report of a document, page by page. */
async function documentReports(store: Store, documentId: number): Promise<StoredEvent[]> {
  const reports: StoredEvent[] = [];
  let after: number | undefined;
  do {
    const page = await store.events({ documentId, after, limit: 1000 });
    reports.push(...page.events);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return reports;
}

/**
 * Fuses the events of a stored document that fusion has not seen yet with the reports already
 * fused (all of them for a new document; those a crash left unfused otherwise).
 */
export async function fuseDocument(
  store: Store,
  documentId: number,
): Promise<{ joined: number; alone: number }> {
  const reports = await documentReports(store, documentId);
  const unfused = reports.filter((r) => !r.fusion);
  const fusions = await fuseReports(
    store,
    unfused,
    reports.flatMap((r) => (r.fusion ? [r.fusion.fusedId] : [])),
  );
  const joined = fusions.filter((f, i) => f.fusedId !== unfused[i]?.event.id).length;
  return { joined, alone: fusions.length - joined };
}

/** Forgets all fusion and fuses every document again in the order they were stored (splits are kept). */
export async function refuseAll(store: Store): Promise<{ joined: number; alone: number }> {
  await store.clearFusion();
  const totals = { joined: 0, alone: 0 };
  for (const document of await store.documents()) {
    const counts = await fuseDocument(store, document.id);
    totals.joined += counts.joined;
    totals.alone += counts.alone;
  }
  return totals;
}

/**
 * Takes a report out of its fused event for good: records the user's split from each other
 * member, gives the rest a new first member if the report was it, then fuses the report again
 * (it may join another fused event, never its former one).
 */
export async function splitReport(
  store: Store,
  eventId: string,
): Promise<{ from: string[]; now: string } | null> {
  const report = await store.event(eventId);
  if (!report?.fusion) return null;
  const { events: members } = await store.events({ fusedId: report.fusion.fusedId, limit: CANDIDATE_LIMIT });
  const others = members.filter((m) => m.event.id !== eventId);
  for (const other of others) await store.addSplit(eventId, other.event.id);
  const head = others[0];
  await store.setFusions([
    ...(head && report.fusion.fusedId === eventId
      ? others.map((other) => ({
          eventId: other.event.id,
          fusion: {
            fusedId: head.event.id,
            score: other === head ? 0 : (other.fusion?.score ?? 0),
            reason: other === head ? null : (other.fusion?.reason ?? null),
          },
        }))
      : []),
    { eventId, fusion: { fusedId: eventId, score: 0, reason: null } },
  ]);
  const siblings = await documentReports(store, report.documentId);
  const taken = siblings.filter((s) => s.event.id !== eventId).map((s) => s.fusion?.fusedId ?? s.event.id);
  const [now] = await fuseReports(store, [{ ...report, fusion: null }], taken);
  return { from: others.map((o) => o.event.id), now: now?.fusedId ?? eventId };
}
