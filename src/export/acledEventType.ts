import type { ActorKind } from "../core/actor.ts";
import type { ConflictEvent } from "../core/ConflictEvent.ts";

/** An event's class in ACLED's scheme: disorder type, event type and sub-event type. */
export interface AcledEventType {
  disorderType: "Political violence" | "Strategic developments";
  eventType:
    | "Battles"
    | "Explosions/Remote violence"
    | "Violence against civilians"
    | "Strategic developments";
  subEventType: string;
}

const remote = (subEventType: string): AcledEventType => ({
  disorderType: "Political violence",
  eventType: "Explosions/Remote violence",
  subEventType,
});
const battle = (subEventType: string): AcledEventType => ({
  disorderType: "Political violence",
  eventType: "Battles",
  subEventType,
});
const strategic = (subEventType: string): AcledEventType => ({
  disorderType: "Strategic developments",
  eventType: "Strategic developments",
  subEventType,
});
const ARMED_CLASH = battle("Armed clash");
const ATTACK_ON_CIVILIANS: AcledEventType = {
  disorderType: "Political violence",
  eventType: "Violence against civilians",
  subEventType: "Attack",
};

/**
 * Kinds ACLED codes as civilians (inter code 7) when they are attacked: unarmed people, and the
 * parties, media, companies and individuals of kind OTHER, who by GUIDELINE.md §3 act for no state
 * and bear no arms.
 */
const UNARMED: ReadonlySet<ActorKind> = new Set(["CIVILIANS", "OTHER"]);

/**
 * A one-sided attack (ASSAULT/attack, ASSAULT/other, or an ASSAULT whose mode is unknown):
 * on unarmed targets it is violence against civilians. On an armed or unknown target it is an armed
 * clash: ACLED's Battles are defined by who the two sides are (organised armed groups), not by
 * whether both fired, and no other ACLED sub-event fits an ambush or a raid on a post.
 */
function attackOn(event: ConflictEvent): AcledEventType {
  return event.target && UNARMED.has(event.target.kind) ? ATTACK_ON_CIVILIANS : ARMED_CLASH;
}

/**
 * A capture: by a state, "Government regains territory"; by a non-state actor, "Non-state actor
 * overtakes territory"; by an unknown actor or an intergovernmental force, neither can be said, so
 * an armed clash.
 */
function captureBy(event: ConflictEvent): AcledEventType {
  const kind = event.source?.kind;
  if (kind === "STATE") return battle("Government regains territory");
  if (kind === undefined || kind === "IGO") return ARMED_CLASH;
  return battle("Non-state actor overtakes territory");
}

type Rule = AcledEventType | ((event: ConflictEvent) => AcledEventType);

/**
 * GUIDELINE.md §2 "Mapping to ACLED", by `TYPE/mode`. A bombing cannot be told apart from a suicide
 * bombing by its mode, so every bombing is "Remote explosive/landmine/IED". Seizing property is
 * ACLED's "Looting/property destruction" (which includes seizures by armed actors).
 */
const BY_TYPE_AND_MODE: Readonly<Record<string, Rule>> = {
  "ASSAULT/air": remote("Air/drone strike"),
  "ASSAULT/shelling": remote("Shelling/artillery/missile attack"),
  "ASSAULT/bombing": remote("Remote explosive/landmine/IED"),
  "ASSAULT/armed_clash": ARMED_CLASH,
  "ASSAULT/capture": captureBy,
  "ASSAULT/attack": attackOn,
  "ASSAULT/other": attackOn,
  "COERCE/arrest": strategic("Arrests"),
  "COERCE/seize_property": strategic("Looting/property destruction"),
};

/** By type alone, when no `TYPE/mode` rule applies. A troop build-up or alert is ACLED's "Change to group/activity". */
const BY_TYPE: Readonly<Record<string, Rule>> = {
  ASSAULT: attackOn,
  AGREE: strategic("Agreement"),
  MOBILIZE: strategic("Change to group/activity"),
};

/** Everything else is verbal or non-violent (threats, accusations, talks, aid, withdrawals, border closures). */
const OTHERWISE = strategic("Other");

/** The ACLED class of an event, from its type, mode and (for attacks and captures) its actors' kinds. */
export function acledEventType(event: ConflictEvent): AcledEventType {
  const rule = BY_TYPE_AND_MODE[`${event.type}/${event.mode}`] ?? BY_TYPE[event.type] ?? OTHERWISE;
  return typeof rule === "function" ? rule(event) : rule;
}
