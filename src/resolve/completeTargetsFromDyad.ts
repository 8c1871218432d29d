import type { ResolvedEvent } from "./resolveCandidates.ts";

// Hostile acts and words whose pairs tell who is fighting whom in a document.
export const HOSTILE_TYPES = new Set(["ASSAULT", "THREATEN", "ACCUSE", "COERCE"]);
// Acts, threats and agreements whose target may be read from the document's conflict.
const COMPLETED_TYPES = new Set(["ASSAULT", "THREATEN", "ACCUSE", "AGREE"]);
// Decisions against a side whose maker may be read from the document's conflict.
const SOURCE_COMPLETED_TYPES = new Set(["REJECT"]);
/** How many events must name a pair before it counts as the document's conflict. */
const MIN_PAIR_EVENTS = 2;

/**
 * The conflict a document is about is the pair of parties its hostile events name most often
 * (at least twice). An attack by one of them whose target the sentence leaves unnamed is taken to
 * be aimed at the other ("Israeli strikes across Lebanon", in a story about Israel and Hezbollah);
 * so is a threat that names no addressee ("Afghanistan reserves the right to defend its territory"),
 * an accusation that names no one accused ("what Kabul described as violations of its airspace"),
 * and an agreement by one side that names no other ("Qatar urged a halt to the fighting, and the
 * Taliban agreed").
 * A mediation by a third party that names no side is addressed to the side the document names
 * first when it frames the pair (the gold sets' convention, as mediationTargetRefiner's within a
 * sentence): "talks brokered by Turkey and Qatar" in a story of Pakistan–Taliban talks → Pakistan.
 * Clashes that name no side ("border skirmishes escalated into serious clashes") are between the
 * pair, with the rule "sides-from-document-dyad".
 * A rejection of one side that names no one rejecting ("talks with the group were suspended") is
 * the other side's, with the rule "source-from-document-dyad"; an act of rejection by one side that
 * names no one rejected ("New Delhi suspended the Indus Waters Treaty") is aimed at the other.
 * Each completed event records the rule "target-from-document-dyad" for --explain.
 */
export function completeTargetsFromDyad(events: readonly ResolvedEvent[]): void {
  const pairs = new Map<
    string,
    { count: number; sides: [ResolvedEvent["source"], ResolvedEvent["target"]] }
  >();
  for (const e of events) {
    if (!HOSTILE_TYPES.has(e.event.type) || !e.source || !e.target || e.source.key === e.target.key) continue;
    const key = [e.source.key, e.target.key].sort().join("|");
    const entry = pairs.get(key) ?? { count: 0, sides: [e.source, e.target] };
    entry.count++;
    pairs.set(key, entry);
  }
  const top = [...pairs.values()].sort((a, b) => b.count - a.count)[0];
  if (!top || top.count < MIN_PAIR_EVENTS) return;
  const [a, b] = top.sides;
  if (!a || !b) return;
  const pairKey = [a.key, b.key].sort().join("|");
  const framing = events.find(
    (e) => e.source && e.target && [e.source.key, e.target.key].sort().join("|") === pairKey,
  );
  const first = framing?.source ?? a;
  for (const e of events) {
    if (e.event.type !== "CONSULT" || e.event.mode !== "mediate" || e.target || !e.source) continue;
    if (e.source.key === a.key || e.source.key === b.key) continue;
    e.target = first;
    e.event.target = { name: first.name, country: first.country, kind: first.kind };
    e.candidate.rules.push("target-from-document-dyad");
  }
  for (const e of events) {
    if (e.event.type !== "ASSAULT" || e.event.mode !== "armed_clash" || e.source || e.target) continue;
    e.source = first;
    e.target = first === a ? b : a;
    e.event.source = { name: e.source.name, country: e.source.country, kind: e.source.kind };
    e.event.target = { name: e.target.name, country: e.target.country, kind: e.target.kind };
    e.candidate.rules.push("sides-from-document-dyad");
  }
  for (const e of events) {
    if (!SOURCE_COMPLETED_TYPES.has(e.event.type) || e.source || !e.target) continue;
    const other = e.target.key === a.key ? b : e.target.key === b.key ? a : null;
    if (!other) continue;
    e.source = other;
    e.event.source = { name: other.name, country: other.country, kind: other.kind };
    e.candidate.rules.push("source-from-document-dyad");
  }
  for (const e of events) {
    const rejectingAct = e.event.type === "REJECT" && e.candidate.trigger.trigger.frame === "act";
    if (
      !(COMPLETED_TYPES.has(e.event.type) || rejectingAct) ||
      e.target ||
      !e.source ||
      e.event.mode === "armed_clash"
    )
      continue;
    const other = e.source.key === a.key ? b : e.source.key === b.key ? a : null;
    if (!other) continue;
    e.target = other;
    e.event.target = { name: other.name, country: other.country, kind: other.kind };
    e.candidate.rules.push("target-from-document-dyad");
  }
}
