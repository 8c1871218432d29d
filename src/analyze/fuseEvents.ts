import { addDays } from "../resolve/calendar.ts";
import type { EventFusion, FusionWindow, Store, StoredEvent } from "../store/Store.ts";
import { CandidatePool } from "./CandidatePool.ts";
import { canMatch, compareReports, DATE_SLACK_DAYS, type ReportComparison } from "./compareReports.ts";

/** Candidate reports compared at most per window (event type and dates) a report may fuse in. */
const CANDIDATE_LIMIT = 5_000;

/** The reports a report may fuse with: same type, dates within the slack; none when it can match none. */
function windowOf(report: StoredEvent): FusionWindow | null {
  const { date, type } = report.event;
  if (!date || !canMatch(report.event)) return null;
  return { type, since: addDays(date.start, -DATE_SLACK_DAYS), until: addDays(date.end, DATE_SLACK_DAYS) };
}

const windowKey = (w: FusionWindow) => `${w.type}|${w.since}|${w.until}`;

/**
 * Fused candidates of other documents than the report's, by fused event, in store order, of the
 * window's first CANDIDATE_LIMIT candidates.
 */
function candidateGroups(
  report: StoredEvent,
  pool: CandidatePool,
  window: FusionWindow,
): Map<string, StoredEvent[]> {
  const groups = new Map<string, StoredEvent[]>();
  let taken = 0;
  for (const candidate of pool.overlapping(window.type, window.since, window.until)) {
    if (candidate.documentId === report.documentId) continue;
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
    if (taken.has(fusedId) || (splits.size > 0 && members.some((m) => splits.has(m.event.id)))) continue;
    // The best-scoring member that matches; none when any member rules the report out.
    let match: (ReportComparison & { member: StoredEvent }) | null = null;
    for (const member of members) {
      const comparison = compareReports(report, member);
      if (!comparison.same && comparison.score === 0) {
        match = null;
        break;
      }
      if (comparison.same && (!match || comparison.score > match.score)) match = { member, ...comparison };
    }
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
 * The days of each type reports of these may fuse in: their windows, those that overlap joined
 * into one (the store reads each once), and how many different windows there were.
 */
function windowsOf(reports: readonly StoredEvent[]): { windows: FusionWindow[]; distinct: number } {
  const distinct = new Map<string, FusionWindow>();
  for (const report of reports) {
    const window = windowOf(report);
    if (window) distinct.set(windowKey(window), window);
  }
  const sorted = [...distinct.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.since.localeCompare(b.since),
  );
  const windows: FusionWindow[] = [];
  for (const window of sorted) {
    const last = windows.at(-1);
    if (last?.type === window.type && window.since <= last.until) {
      if (window.until > last.until) last.until = window.until;
    } else windows.push({ ...window });
  }
  return { windows, distinct: distinct.size };
}

/**
 * What fusing these reports needs from the store: the reports fusion has seen of other documents
 * than `documentIds`, in any of their windows, by type in the order they were stored (one query),
 * and the user's splits of the reports (another).
 */
async function readFusionInputs(
  store: Store,
  reports: readonly StoredEvent[],
  documentIds: readonly number[],
): Promise<{ pool: CandidatePool; splits: Map<string, string[]> }> {
  const { windows, distinct } = windowsOf(reports);
  const [candidates, splits] = await Promise.all([
    windows.length === 0 ? [] : store.fusionCandidates(windows, documentIds, CANDIDATE_LIMIT * distinct),
    store.splitsOf(reports.map((r) => r.event.id)),
  ]);
  const pool = new CandidatePool();
  pool.add(candidates);
  return { pool, splits };
}

/**
 * Puts reports of one document, in order, into the fused events of the pool's reports of other
 * documents; `taken`: the fused events the document's other reports are in, which these never join.
 */
function fuseReports(
  reports: readonly StoredEvent[],
  pool: CandidatePool,
  taken: Iterable<string>,
  splits: ReadonlyMap<string, string[]>,
): EventFusion[] {
  const takenIds = new Set(taken);
  return reports.map((report) => {
    const window = windowOf(report);
    const groups = window ? candidateGroups(report, pool, window) : new Map<string, StoredEvent[]>();
    const fusion = bestFusion(report, groups, takenIds, new Set(splits.get(report.event.id)));
    takenIds.add(fusion.fusedId);
    return fusion;
  });
}

/** Every report of these documents, page by page, in the order they were stored. */
async function documentReports(store: Store, documentIds: readonly number[]): Promise<StoredEvent[]> {
  const reports: StoredEvent[] = [];
  let after: number | undefined;
  do {
    const page = await store.events({ documentIds, after, limit: 1000 });
    reports.push(...page.events);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return reports;
}

/** How a document's reports went in fusion: into other documents' fused events, or fused events of their own. */
export interface FusionCounts {
  joined: number;
  alone: number;
}

/**
 * Fuses the events of stored documents that fusion has not seen yet with the reports already
 * fused (all of them for a new document; those a crash left unfused otherwise), one document
 * after the other in the order given, as if each were fused alone: a document's reports meet the
 * reports of the documents before it. The store is read and written once for all of them
 * (the documents' reports, their candidates and splits, then every fusion in one statement):
 * other documents whose events could fuse with these wait on the caller's locks meanwhile.
 */
export async function fuseDocuments(store: Store, documentIds: readonly number[]): Promise<FusionCounts[]> {
  const reports = await documentReports(store, documentIds);
  const unfused = reports.filter((r) => !r.fusion);
  const { pool, splits } = await readFusionInputs(store, unfused, documentIds);
  // The documents' reports fused before join the pool after the other documents' (stored before
  // them), and each document's reports as soon as they are fused: a document meets the ones before it.
  pool.add(reports.filter((r) => r.fusion));
  const fused: { eventId: string; fusion: EventFusion }[] = [];
  const counts = documentIds.map((documentId) => {
    const own = reports.filter((r) => r.documentId === documentId);
    const pending = own.filter((r) => !r.fusion);
    const fusions = fuseReports(
      pending,
      pool,
      own.flatMap((r) => (r.fusion ? [r.fusion.fusedId] : [])),
      splits,
    );
    const now = pending.map((report, i) => ({ ...report, fusion: fusions[i] as EventFusion }));
    pool.add(now);
    fused.push(...now.map((r) => ({ eventId: r.event.id, fusion: r.fusion })));
    const joined = now.filter((r) => r.fusion.fusedId !== r.event.id).length;
    return { joined, alone: now.length - joined };
  });
  await store.setFusions(fused);
  return counts;
}

/** Documents fused at once by refuseAll. */
const REFUSE_BATCH = 100;

/** Forgets all fusion and fuses every document again in the order they were stored (splits are kept). */
export async function refuseAll(store: Store): Promise<FusionCounts> {
  await store.clearFusion();
  const ids = (await store.documents()).map((d) => d.id);
  const totals = { joined: 0, alone: 0 };
  for (let i = 0; i < ids.length; i += REFUSE_BATCH)
    for (const counts of await fuseDocuments(store, ids.slice(i, i + REFUSE_BATCH))) {
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
  const siblings = await documentReports(store, [report.documentId]);
  const taken = siblings.filter((s) => s.event.id !== eventId).map((s) => s.fusion?.fusedId ?? s.event.id);
  const alone = { ...report, fusion: null };
  const { pool, splits } = await readFusionInputs(store, [alone], [report.documentId]);
  const [now] = fuseReports([alone], pool, taken, splits);
  if (now) await store.setFusions([{ eventId, fusion: now }]);
  return { from: others.map((o) => o.event.id), now: now?.fusedId ?? eventId };
}
