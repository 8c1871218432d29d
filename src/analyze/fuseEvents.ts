import { addDays } from "../resolve/calendar.ts";
import type { Store, StoredEvent } from "../store/Store.ts";
import { compareReports, DATE_SLACK_DAYS } from "./compareReports.ts";

const CANDIDATE_LIMIT = 5_000;

/** What fusing one document's reports shares. */
interface FusionContext {
  /** Fused events another report of the document began or joined: a document's events are different events. */
  taken: Set<string>;
  /** Candidate reports by type and date window, fetched once (other documents' fusion waits on our locks). */
  candidates: Map<string, Promise<StoredEvent[]>>;
}

const fusionContext = (taken: Iterable<string> = []): FusionContext => ({
  taken: new Set(taken),
  candidates: new Map(),
});

/** Already-fused reports of other documents that might tell of the same event: same type, nearby dates. */
async function candidatesFor(
  store: Store,
  report: StoredEvent,
  context: FusionContext,
): Promise<Map<string, StoredEvent[]>> {
  const { date, type } = report.event;
  const groups = new Map<string, StoredEvent[]>();
  if (!date) return groups;
  const since = addDays(date.start, -DATE_SLACK_DAYS);
  const until = addDays(date.end, DATE_SLACK_DAYS);
  const key = `${type}|${since}|${until}`;
  let fetched = context.candidates.get(key);
  if (!fetched) {
    fetched = store
      .events({ type, since, until, excludeDocumentId: report.documentId, limit: CANDIDATE_LIMIT })
      .then((page) => page.events);
    context.candidates.set(key, fetched);
  }
  for (const candidate of await fetched) {
    if (!candidate.fusion) continue;
    const group = groups.get(candidate.fusion.fusedId);
    if (group) group.push(candidate);
    else groups.set(candidate.fusion.fusedId, [candidate]);
  }
  return groups;
}

/**
 * Puts one report into the fused event it best matches, or into one of its own. A fused event
 * is joined only when the report matches one of its members and is ruled out by none of them,
 * never when another event of the report's document took it, and never when the user split the
 * report from one of its members.
 */
async function fuseEvent(store: Store, report: StoredEvent, context: FusionContext): Promise<string> {
  const splits = new Set(await store.splitsOf(report.event.id));
  let best: { fusedId: string; score: number; reason: string } | null = null;
  for (const [fusedId, members] of await candidatesFor(store, report, context)) {
    if (context.taken.has(fusedId) || members.some((m) => splits.has(m.event.id))) continue;
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
  const fusion = best ?? { fusedId: report.event.id, score: 0, reason: null };
  await store.setFusion(report.event.id, fusion);
  return fusion.fusedId;
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
  const context = fusionContext(reports.flatMap((r) => (r.fusion ? [r.fusion.fusedId] : [])));
  let joined = 0;
  let alone = 0;
  for (const report of reports) {
    if (report.fusion) continue;
    const fusedId = await fuseEvent(store, report, context);
    context.taken.add(fusedId);
    if (fusedId !== report.event.id) joined++;
    else alone++;
  }
  return { joined, alone };
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
  if (head && report.fusion.fusedId === eventId)
    for (const other of others)
      await store.setFusion(other.event.id, {
        fusedId: head.event.id,
        score: other === head ? 0 : (other.fusion?.score ?? 0),
        reason: other === head ? null : (other.fusion?.reason ?? null),
      });
  await store.setFusion(eventId, { fusedId: eventId, score: 0, reason: null });
  const siblings = await documentReports(store, report.documentId);
  const taken = siblings.filter((s) => s.event.id !== eventId).map((s) => s.fusion?.fusedId ?? s.event.id);
  const now = await fuseEvent(store, { ...report, fusion: null }, fusionContext(taken));
  return { from: others.map((o) => o.event.id), now };
}
