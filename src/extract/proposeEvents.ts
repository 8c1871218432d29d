import type { KnowledgeBase } from "../knowledge/KnowledgeBase.ts";
import type { Token } from "../nlp/tokenize.ts";
import type { ActorMention } from "./ActorMention.ts";
import type { EventCandidate, RoleFiller } from "./EventCandidate.ts";
import { namingWrapperBefore } from "./namingWrapper.ts";
import {
  agentAfter,
  betweenPair,
  conjuncts,
  coordinatedBefore,
  objectAfter,
  PLACE_PREPOSITIONS,
  premodifier,
  speakerBefore,
  subjectBefore,
  TARGET_PREPOSITIONS,
} from "./roleSlots.ts";
import type { SentenceFacts } from "./SentenceFacts.ts";
import type { TriggerMention } from "./TriggerMention.ts";

const OPENING_QUOTES = new Set(["“", '"', "‘", "'"]);
export const DEFINITE = new Set("the these those such this that".split(" "));
// Before a verb, these mean its subject is the previous clause's: "X attacked the post and killed ...".
const SHARED_SUBJECT = new Set(["and", ",", "then"]);
// Measures taken against a party, whose trigger phrase may hold the party: "designated X as ...".
const MEASURE_TYPES = new Set(["COERCE", "REJECT"]);

const filler = (mention: ActorMention | null | undefined, rule: string): RoleFiller | null =>
  mention ? { mention, rule } : null;

/** The subject of a light verb just before a noun trigger: "Pakistan carried out air strikes". */
function lightVerbSubject(
  kb: KnowledgeBase,
  facts: SentenceFacts,
  trigger: TriggerMention,
): ActorMention | null {
  const { tokens } = facts.sentence;
  // "carried out one of the most intense artillery shelling": further than five words, only in
  // the noun's clause (a speech verb such as "claimed" closes its own clause).
  // "carried out what officials called a 'pre-planned attack'": the light verb is before the naming.
  const from = namingWrapperBefore(tokens, trigger.tokenStart) ?? trigger.tokenStart;
  const clause = facts.clauses[from];
  for (let s = from - 1; s >= Math.max(0, from - 10); s--) {
    if (from - s > 5 && facts.clauses[s] !== clause) break;
    const light = kb.cues.lightVerbs.longestAt(tokens, s);
    if (!light || light.end > trigger.tokenStart) continue;
    // "the RSF has not claimed the attacks" names no perpetrator.
    const negated = [s - 1, s - 2].some(
      (k) => k >= 0 && kb.cues.negation.longestAt(tokens, k)?.end === k + 1,
    );
    return negated ? null : subjectBefore(facts, s);
  }
  return null;
}

/** How far before a passive verb its subject's "with" partner may stand ("talks with X, which ..., were halted"). */
const PARTNER_REACH = 12;

/** Whether "with" (or "with the") stands right before the mention: a partner of talks. */
function followsWith(tokens: readonly Token[], m: ActorMention): boolean {
  const before = tokens[m.tokenStart - 1]?.fold ?? "";
  return before === "with" || (DEFINITE.has(before) && tokens[m.tokenStart - 2]?.fold === "with");
}

/** The party "with" names shortly before a passive verb: "the talks with the group were halted". */
function partnerWithBefore(facts: SentenceFacts, at: number): ActorMention | null {
  const { tokens } = facts.sentence;
  return (
    facts.actors
      .filter((m) => m.tokenEnd <= at && at - m.tokenEnd <= PARTNER_REACH && followsWith(tokens, m))
      .pop() ?? null
  );
}

/** The party "with" introduces after a mutual trigger, in its clause: "discuss the pullout with the Taliban". */
function partnerWithAfter(facts: SentenceFacts, at: number): ActorMention | null {
  const { tokens } = facts.sentence;
  const clause = facts.clauses[at - 1];
  return (
    facts.actors.find(
      (m) =>
        m.tokenStart >= at &&
        m.tokenStart - at <= PARTNER_REACH &&
        facts.clauses[m.tokenStart] === clause &&
        followsWith(tokens, m),
    ) ?? null
  );
}

/** Source and target of an act: who did it (subject, premodifier, agent) and to whom (object). */
function actRoles(kb: KnowledgeBase, facts: SentenceFacts, trigger: TriggerMention) {
  const rules: string[] = [];
  // An act on talks ("suspended the dialogue with the group") is aimed at the partner "with" names.
  const talksAct =
    trigger.trigger.objects.length > 0 &&
    trigger.trigger.frame === "act" &&
    trigger.trigger.type === "REJECT";
  let source: RoleFiller | null = null;
  let target: RoleFiller | null = null;
  if (trigger.form === "verb" && !trigger.passive) {
    source = filler(subjectBefore(facts, trigger.tokenStart), "subject-before-verb");
    const before = facts.sentence.tokens[trigger.tokenStart - 1]?.fold ?? "";
    if (!source && (SHARED_SUBJECT.has(before) || /ing$/.test(trigger.text)))
      source = filler(subjectBefore(facts, trigger.tokenStart, true), "subject-of-previous-clause");
  } else if (trigger.form === "verb") {
    source = filler(agentAfter(facts, trigger.tokenEnd), "passive-agent");
    target =
      filler(subjectBefore(facts, trigger.tokenStart), "passive-subject") ??
      (talksAct ? filler(partnerWithBefore(facts, trigger.tokenStart), "talks-partner-with") : null);
  } else {
    source =
      filler(
        premodifier(facts, trigger.tokenStart, (f) => kb.functionWords.has(f)),
        "noun-premodifier",
      ) ??
      filler(agentAfter(facts, trigger.tokenEnd, ["by", "from"]), "noun-by-agent") ??
      filler(lightVerbSubject(kb, facts, trigger), "light-verb-subject");
  }
  if (!target) {
    let object = objectAfter(facts, trigger.tokenEnd);
    // "strikes inside Afghanistan targeting TTP camps": past the place, to what was aimed at.
    if (object && PLACE_PREPOSITIONS.has(object.preposition ?? "")) {
      const next = objectAfter(facts, object.mention.tokenEnd);
      const aimed = next && facts.sentence.tokens[next.mention.tokenStart - 1]?.fold === "targeting";
      object = aimed || (next && TARGET_PREPOSITIONS.has(next.preposition ?? "")) ? next : object;
    }
    if (object) {
      const isDirect = object.preposition === null && trigger.form === "verb";
      const isTargeted = object.preposition !== null && TARGET_PREPOSITIONS.has(object.preposition);
      const isCaptureOf = object.preposition === "of" && trigger.trigger.mode === "capture";
      // "cut diplomatic ties with Rwanda": a measure against relations is aimed at the partner, and
      // "stayed in touch with Pakistani officials" a contact.
      const isPartner =
        object.preposition === "with" &&
        (talksAct || trigger.trigger.type === "COERCE" || trigger.trigger.type === "CONSULT");
      if (
        (isDirect || isTargeted || isCaptureOf || isPartner) &&
        !PLACE_PREPOSITIONS.has(object.preposition ?? "")
      ) {
        target = filler(
          object.mention,
          object.preposition ? `object-after-${object.preposition}` : "direct-object",
        );
      }
    }
  }
  // "had taken the Sudanese army's headquarters": a capture's object read with its trigger names
  // whose it was.
  if (!target && trigger.trigger.mode === "capture") {
    const { tokens } = facts.sentence;
    const owner = facts.actors.find(
      (m) =>
        m.tokenStart > trigger.tokenStart &&
        m.tokenEnd < trigger.tokenEnd &&
        tokens[m.tokenEnd]?.kind === "possessive",
    );
    target = filler(owner, "possessor-of-object");
  }
  // "designated Viv Ansanm and the Gran Grif gang as terrorist organisations": a measure whose
  // phrase runs to the object it needs names its target inside.
  if (!target && trigger.trigger.objects.length > 0 && MEASURE_TYPES.has(trigger.trigger.type)) {
    const inside = facts.actors.find(
      (m) =>
        m.tokenStart > trigger.tokenStart &&
        m.tokenEnd < trigger.tokenEnd &&
        facts.sentence.tokens[m.tokenEnd]?.kind !== "possessive",
    );
    target = filler(inside, "object-inside-phrase");
  }
  if (source) rules.push(source.rule);
  if (target) rules.push(target.rule);
  return { source, target, rules };
}

/**
 * Two sides of a mutual action: "between X and Y", "X and Y clashed", "X clashed with Y",
 * "Pakistani-Afghan talks". A noun ("clashes", "war", "talks") takes no subject from afar: who
 * fought or talked must be named with it.
 */
function mutualRoles(kb: KnowledgeBase, facts: SentenceFacts, trigger: TriggerMention) {
  const between =
    betweenPair(facts, trigger.tokenEnd) ?? betweenPair(facts, Math.max(0, trigger.tokenStart - 12));
  if (between)
    return {
      source: filler(between[0], "between-x-and-y"),
      target: filler(between[1], "between-x-and-y"),
      rules: ["between-x-and-y"],
    };
  // "Russia and Ukraine wrapped up a second round of talks": a noun may stand further from its subjects.
  const pair = coordinatedBefore(facts, trigger.tokenStart, trigger.form === "noun" ? 8 : 3);
  if (pair)
    return {
      source: filler(pair[0], "x-and-y-verb"),
      target: filler(pair[1], "x-and-y-verb"),
      rules: ["x-and-y-verb"],
    };
  const source =
    trigger.form === "verb"
      ? filler(subjectBefore(facts, trigger.tokenStart), "subject-before-verb")
      : filler(
          premodifier(facts, trigger.tokenStart, (f) => kb.functionWords.has(f)),
          "noun-premodifier",
        );
  const object = objectAfter(facts, trigger.tokenEnd);
  // A verb takes its partner as object ("fought the army"); a noun only through a preposition:
  // "after the clashes, Pakistan closed ..." names no partner of the clashes.
  const partnerPrepositions =
    trigger.form === "verb" ? ["with", "against", "on", null] : ["with", "against", "on"];
  // "discuss American pullout from Afghanistan with the Taliban": "with" names the partner past
  // the names inside what is discussed.
  const withPartner = object?.preposition === "with" ? null : partnerWithAfter(facts, trigger.tokenEnd);
  const partner = withPartner
    ? withPartner
    : object && partnerPrepositions.includes(object.preposition)
      ? object.mention
      : null;
  const target = filler(
    partner,
    object?.preposition ? `partner-after-${object.preposition}` : "partner-object",
  );
  return { source, target, rules: [source?.rule, target?.rule].filter((r): r is string => Boolean(r)) };
}

/** The country a demonym names right before token `at` ("Indian proxies"), as a mention of its own. */
function demonymBefore(kb: KnowledgeBase, facts: SentenceFacts, at: number): ActorMention | null {
  const { tokens } = facts.sentence;
  const word = tokens[at - 1];
  const found = word ? kb.actorNames.longestAt(tokens, at - 1) : null;
  const country =
    found?.end === at ? found.values.find((r) => r.entity === "country" && r.via === "demonym") : undefined;
  if (!word || !country) return null;
  return {
    text: word.text,
    start: word.start,
    end: word.end,
    tokenStart: at - 1,
    tokenEnd: at,
    refs: [country],
    extension: null,
    organisationNameCountry: null,
    kindFromContext: null,
    armedGroup: null,
    partner: null,
    rule: "principal-demonym",
  };
}

/**
 * "With the backing from the US and Saudi Arabia, Zia turned ...": a phrase of support from
 * someone, set before the clause it helps, is support by them for the clause's subject.
 */
function backingPhraseRoles(facts: SentenceFacts, trigger: TriggerMention) {
  const { tokens } = facts.sentence;
  if (trigger.form !== "noun" || (trigger.trigger.type !== "SUPPORT" && trigger.trigger.type !== "AID"))
    return null;
  const before =
    tokens[trigger.tokenStart - 1]?.fold === "the" ? trigger.tokenStart - 2 : trigger.tokenStart - 1;
  if (tokens[before]?.fold !== "with") return null;
  const backer = agentAfter(facts, trigger.tokenEnd, ["from", "of"]);
  if (!backer) return null;
  const comma = tokens.findIndex((t, i) => i >= backer.tokenEnd && t.text === ",");
  const helped = comma < 0 ? null : (facts.actors.find((m) => m.tokenStart > comma) ?? null);
  if (!helped) return null;
  return {
    source: filler(backer, "backing-from"),
    target: filler(helped, "backed-clause-subject"),
    rules: ["backing-from", "backed-clause-subject"],
  };
}

/**
 * Speaker and addressee of a statement: "Pakistan accuses the Taliban", "India condemned Pakistan's
 * strikes". A statement noun inside reported speech belongs to the speaker and is about the reported
 * clause's subject: "Asif said the Taliban had become a proxy" (source Asif, target the Taliban).
 */
function speechRoles(kb: KnowledgeBase, facts: SentenceFacts, trigger: TriggerMention) {
  const { tokens } = facts.sentence;
  const backed = backingPhraseRoles(facts, trigger);
  if (backed) return backed;
  // "following what the ruling regime described as violations of its airspace": who names it says it.
  const wrapper = namingWrapperBefore(tokens, trigger.tokenStart);
  const namer =
    wrapper === null
      ? null
      : facts.actors.find((m) => m.tokenStart > wrapper && m.tokenEnd <= trigger.tokenStart);
  if (namer) {
    const target = filler(objectAfter(facts, trigger.tokenEnd)?.mention, "addressee-after-naming");
    return {
      source: filler(namer, "namer-of-statement"),
      target,
      rules: ["namer-of-statement", ...(target ? [target.rule] : [])],
    };
  }
  // "called the TTP and the BLA Indian proxies": the accusation is about the country behind them.
  const principal = trigger.trigger.predicate ? demonymBefore(kb, facts, trigger.tokenStart) : null;
  if (principal) {
    // The one who calls them so is the sentence's subject, its first name that is no possessor.
    const speaker =
      facts.actors.find(
        (m) => m.tokenEnd <= principal.tokenStart && tokens[m.tokenEnd]?.kind !== "possessive",
      ) ?? null;
    return {
      source: filler(speaker, "speaker-subject-of-sentence"),
      target: filler(principal, "principal-demonym"),
      rules: ["speaker-subject-of-sentence", "principal-demonym"],
    };
  }
  if (trigger.form === "noun" || trigger.trigger.predicate) {
    const reported = speakerBefore(
      facts,
      trigger.tokenStart,
      (i) => facts.speechCues[i] != null && tokens[i]?.fold !== "according",
    );
    // 'said the Taliban had become a "proxy for India"': the quotation mark opens no new subject.
    const quoted = OPENING_QUOTES.has(tokens[trigger.tokenStart - 1]?.text ?? "");
    const subject = reported ? subjectBefore(facts, trigger.tokenStart, quoted) : null;
    // "X said it will begin ... after setting the deadline": the pronoun is the speaker, not whom it is about.
    if (reported && subject && subject.tokenStart > reported.verb && subject.rule !== "speaker-pronoun")
      return {
        source: filler(reported.speaker, "speaker-of-reported-clause"),
        target: filler(subject, "subject-of-reported-clause"),
        rules: ["speaker-of-reported-clause", "subject-of-reported-clause"],
      };
  }
  const source =
    trigger.form === "verb"
      ? (filler(subjectBefore(facts, trigger.tokenStart), "speaker-subject") ??
        filler(subjectBefore(facts, trigger.tokenStart, true), "speaker-subject-of-sentence"))
      : (filler(
          premodifier(facts, trigger.tokenStart, (f) => kb.functionWords.has(f)),
          "speaker-premodifier",
        ) ?? filler(subjectBefore(facts, trigger.tokenStart), "speaker-subject"));
  const object = objectAfter(facts, trigger.tokenEnd);
  // "accused terrorists supported by India of ...": the accusation is about who backs them.
  const backer = object?.preposition === "by" && isBackedBy(tokens, object.mention);
  const target =
    object &&
    (object.preposition === null ||
      backer ||
      ["against", "of", "on", "to", "for", "with", "at"].includes(object.preposition))
      ? filler(
          object.mention,
          backer
            ? "principal-backer"
            : object.preposition
              ? `addressee-after-${object.preposition}`
              : "addressee-object",
        )
      : null;
  return { source, target, rules: [source?.rule, target?.rule].filter((r): r is string => Boolean(r)) };
}

const BACKING_PARTICIPLES = new Set(["backed", "supported", "sponsored", "funded", "financed", "armed"]);

/** Whether "backed by" (or "supported by" ...) stands right before the mention. */
function isBackedBy(tokens: readonly Token[], m: ActorMention): boolean {
  let k = m.tokenStart - 1;
  if (tokens[k]?.fold === "the") k--;
  return tokens[k]?.fold === "by" && BACKING_PARTICIPLES.has(tokens[k - 1]?.fold ?? "");
}

/**
 * One candidate per trigger, with roles from the sentence's structure; one more for each party
 * coordinated with the source ("The US and the UK launched strikes" is two acts, one per state).
 */
export function proposeEvents(kb: KnowledgeBase, facts: SentenceFacts): EventCandidate[] {
  return facts.triggers.flatMap((trigger) => {
    const proposed = proposeEvent(kb, facts, trigger);
    const pair = bothSidesOf(proposed);
    if (pair) return pair;
    const candidate = proposed;
    if (trigger.trigger.bothSides && !(candidate.source && candidate.target)) return [];
    const source = candidate.source;
    if (!source || trigger.trigger.frame === "mutual") return [candidate];
    const others = conjuncts(facts, source.mention).filter((m) => m !== candidate.target?.mention);
    const reciprocal = reciprocalPair(facts, source.mention, others, trigger);
    if (reciprocal)
      return reciprocal.map(([from, to]) => ({
        ...candidate,
        source: { mention: from, rule: "reciprocal-each" },
        target: { mention: to, rule: "reciprocal-each" },
        evidence: [...candidate.evidence],
        respondsTo: [],
        rules: [...candidate.rules, "reciprocal-each"],
      }));
    return [
      candidate,
      ...others.map((mention) => ({
        ...candidate,
        source: { mention, rule: "coordinated-source" },
        evidence: [...candidate.evidence],
        respondsTo: [],
        rules: [...candidate.rules, "coordinated-source"],
      })),
    ];
  });
}

/**
 * "Russia and Ukraine each released 303 soldiers": two parties that each do the act do it to the
 * other, whatever the object names. Like a two-sided event (GUIDELINE §3), it is one event with the
 * side named first as source.
 */
function reciprocalPair(
  facts: SentenceFacts,
  source: ActorMention,
  others: readonly ActorMention[],
  trigger: TriggerMention,
): [ActorMention, ActorMention][] | null {
  const other = others[0];
  if (others.length !== 1 || !other) return null;
  const last = Math.max(source.tokenEnd, other.tokenEnd);
  const between = facts.sentence.tokens.slice(last, trigger.tokenStart).map((t) => t.fold);
  if (between.length === 0 || between.length > 2 || between[0] !== "each") return null;
  const [first, second] = source.tokenStart < other.tokenStart ? [source, other] : [other, source];
  return [[first, second]];
}

/**
 * An event of "the two sides" (a pair anaphor, see findAnaphors) is between the two parties it
 * stands for: one event of both for a mutual action ("the two sides agreed to a truce"), one in
 * each direction for any other ("both sides accused each other").
 */
function bothSidesOf(candidate: EventCandidate): EventCandidate[] | null {
  const role = candidate.source?.mention.partner
    ? candidate.source
    : candidate.target?.mention.partner && !candidate.source
      ? candidate.target
      : null;
  if (!role?.mention.partner) return null;
  const first = { mention: role.mention, rule: "pair-anaphor" };
  const second = { mention: role.mention.partner, rule: "pair-anaphor" };
  // "the two sides agreed to free prisoners": for a mutual act the pair is both parties.
  const other =
    role === candidate.source && candidate.trigger.trigger.frame !== "mutual" ? candidate.target : null;
  if (other) return [{ ...candidate, source: first, target: other }];
  const forward = {
    ...candidate,
    source: first,
    target: second,
    rules: [...candidate.rules, "pair-anaphor"],
  };
  if (candidate.trigger.trigger.frame === "mutual") return [forward];
  return [
    forward,
    { ...forward, source: second, target: first, evidence: [...forward.evidence], respondsTo: [] },
  ];
}

function proposeEvent(kb: KnowledgeBase, facts: SentenceFacts, trigger: TriggerMention): EventCandidate {
  const { tokens } = facts.sentence;
  const frame = trigger.trigger.frame;
  const roles =
    frame === "mutual"
      ? mutualRoles(kb, facts, trigger)
      : frame === "speech"
        ? speechRoles(kb, facts, trigger)
        : actRoles(kb, facts, trigger);
  const anaphoric =
    trigger.form === "noun" &&
    DEFINITE.has(tokens[trigger.tokenStart - 1]?.fold ?? "") &&
    !roles.source &&
    !roles.target;
  return {
    type: trigger.trigger.type,
    mode: trigger.trigger.mode,
    trigger,
    sentence: facts.sentence,
    source: roles.source,
    target: roles.target,
    attribution: null,
    places: [],
    fatalities: null,
    injuries: null,
    negated: false,
    hypothetical: false,
    anaphoric,
    timedBy: null,
    claim: null,
    evidence: [{ start: facts.sentence.start, end: facts.sentence.end }],
    respondsTo: [],
    rules: [
      `trigger:${trigger.trigger.id}:${trigger.form}${trigger.passive ? ":passive" : ""}`,
      ...roles.rules,
    ],
  };
}
