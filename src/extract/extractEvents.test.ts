import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractText } from "../../test/support/extractText.ts";
import type { Actor } from "../core/actor.ts";

const key = (a: Actor | null) =>
  a ? (a.kind === "STATE" || a.kind === "CIVILIANS" ? `${a.country}:${a.kind}` : a.name) : null;

interface Expected {
  type: string;
  mode?: string;
  source: string | null;
  target: string | null;
  date?: string | null;
  fatalities?: number;
  negated?: boolean;
}

// Short sentences written for these tests, each exercising one rule of the engine. Published
// Friday 27 February 2026 unless the case says otherwise.
const CASES: Array<[string, string, Expected[]]> = [
  [
    "active verb: subject and direct object",
    "Afghan troops attacked Pakistani border posts on Thursday.",
    [{ type: "ASSAULT", mode: "attack", source: "AFG:STATE", target: "PAK:STATE", date: "2026-02-26" }],
  ],
  [
    "light verb, weapon mode, the place aimed at",
    "Pakistan carried out drone strikes on Kandahar on Tuesday.",
    [{ type: "ASSAULT", mode: "air", source: "PAK:STATE", target: "AFG:STATE", date: "2026-02-24" }],
  ],
  [
    "passive with agent",
    "Three policemen were killed by TTP militants in Bannu on Monday.",
    [{ type: "ASSAULT", source: "Tehreek-e-Taliban Pakistan", target: "PAK:STATE", fatalities: 3 }],
  ],
  [
    "outcome folded into the act",
    "Al-Shabaab fighters stormed an army base, killing at least 12 soldiers.",
    [{ type: "ASSAULT", source: "Al-Shabaab", target: "SOM:STATE", fatalities: 12 }],
  ],
  [
    "two sides of a clash (the Taliban are the state in 2026)",
    "Clashes between Taliban and Pakistani forces erupted at Torkham on Sunday.",
    [{ type: "ASSAULT", mode: "armed_clash", source: "AFG:STATE", target: "PAK:STATE", date: "2026-02-22" }],
  ],
  [
    "coordinated sources make one act each",
    "The US and the UK launched strikes against the Houthis on Monday.",
    [
      { type: "ASSAULT", mode: "air", source: "GBR:STATE", target: "Houthis", date: "2026-02-23" },
      { type: "ASSAULT", mode: "air", source: "USA:STATE", target: "Houthis", date: "2026-02-23" },
    ],
  ],
  [
    "accusation with its mode",
    "Pakistan accuses the Taliban of harbouring the TTP.",
    [{ type: "ACCUSE", mode: "harbouring", source: "PAK:STATE", target: "AFG:STATE", date: null }],
  ],
  [
    "a denial answers the accuser",
    "Islamabad accused Kabul of sheltering militants. Kabul denied the allegations.",
    [
      { type: "ACCUSE", mode: "harbouring", source: "PAK:STATE", target: "AFG:STATE" },
      { type: "REJECT", mode: "deny", source: "AFG:STATE", target: "PAK:STATE" },
    ],
  ],
  [
    "a reaction is addressed to the perpetrator",
    "The Houthis fired missiles at a tanker. Britain condemned the attack.",
    [
      { type: "ASSAULT", mode: "shelling", source: "Houthis", target: null },
      { type: "PROTEST", mode: "condemn", source: "GBR:STATE", target: "Houthis" },
    ],
  ],
  [
    "an announced act is a threat",
    "Islamabad says it will carry out strikes against TTP hideouts.",
    [{ type: "THREATEN", mode: "other", source: "PAK:STATE", target: "Tehreek-e-Taliban Pakistan" }],
  ],
  [
    "warning of retaliation",
    "Kabul has warned of retaliation.",
    [{ type: "THREATEN", mode: "retaliation", source: "AFG:STATE", target: null, date: null }],
  ],
  [
    "negation",
    "India has not recognised the Taliban government.",
    [{ type: "SUPPORT", mode: "recognize", source: "IND:STATE", target: "AFG:STATE", negated: true }],
  ],
  [
    "a claim of responsibility names the perpetrator",
    "The BLA claimed responsibility for the bombing in Quetta.",
    [{ type: "ASSAULT", mode: "bombing", source: "Baloch Liberation Army", target: null }],
  ],
  [
    "the group refers back to the armed group",
    "JNIM fighters raided a town in Mali. The group later attacked an army post.",
    [
      { type: "ASSAULT", source: "JNIM", target: null },
      { type: "ASSAULT", source: "JNIM", target: "MLI:STATE" },
    ],
  ],
  [
    "institutions without a country take the story's",
    "Somali troops entered the town. Security forces arrested six suspects in Mogadishu.",
    [{ type: "COERCE", mode: "arrest", source: "SOM:STATE", target: null }],
  ],
  [
    "talks between two parties",
    "Russia and Ukraine held talks in Istanbul on Monday.",
    [{ type: "CONSULT", mode: "talks", source: "RUS:STATE", target: "UKR:STATE", date: "2026-02-23" }],
  ],
  [
    "mediation is addressed to the first side",
    "Qatar mediated between Pakistan and the Taliban in October 2025.",
    [{ type: "CONSULT", mode: "mediate", source: "QAT:STATE", target: "PAK:STATE", date: "2025-10-01" }],
  ],
  [
    "a definite noun in a causal cue is the earlier event, not a new one",
    "Afghan and Pakistani troops clashed near Chaman on Sunday. Hours after the clashes, Pakistan closed the border.",
    [
      { type: "ASSAULT", mode: "armed_clash", source: "AFG:STATE", target: "PAK:STATE", date: "2026-02-22" },
      { type: "COERCE", mode: "border_closure", source: "PAK:STATE", target: null, date: "2026-02-22" },
    ],
  ],
  [
    "a closing verb with a named crossing as object",
    "Egypt shut the Rafah crossing on Monday.",
    [{ type: "COERCE", mode: "border_closure", source: "EGY:STATE", target: null, date: "2026-02-23" }],
  ],
  [
    "the closure of another crossing is not the one just reported",
    "Pakistan closed the Torkham crossing on Monday. Iran announced the closure of the Mirjaveh crossing.",
    [
      { type: "COERCE", mode: "border_closure", source: "PAK:STATE", target: null },
      { type: "COERCE", mode: "border_closure", source: "IRN:STATE", target: null },
    ],
  ],
  [
    "the two sides are the two parties named before",
    "Armenia and Azerbaijan exchanged fire on Monday. The two sides agreed to a ceasefire on Tuesday.",
    [
      { type: "ASSAULT", mode: "armed_clash", source: "ARM:STATE", target: "AZE:STATE" },
      { type: "AGREE", mode: "ceasefire", source: "AZE:STATE", target: "ARM:STATE", date: "2026-02-24" },
    ],
  ],
  [
    "both sides accusing each other is one accusation each way",
    "Sudanese troops and the RSF fought in Khartoum on Monday. Both sides accused each other of shelling a market.",
    [
      { type: "ASSAULT", mode: "armed_clash", source: "SDN:STATE", target: "Rapid Support Forces" },
      { type: "ACCUSE", source: "SDN:STATE", target: "Rapid Support Forces" },
      { type: "ACCUSE", source: "Rapid Support Forces", target: "SDN:STATE" },
    ],
  ],
  [
    "a pair anaphor after between",
    "India and Pakistan traded fire on Monday. A truce between the two countries took hold on Tuesday.",
    [
      { type: "ASSAULT", mode: "armed_clash", source: "IND:STATE", target: "PAK:STATE" },
      { type: "AGREE", mode: "ceasefire", source: "PAK:STATE", target: "IND:STATE" },
    ],
  ],
  [
    "an act after a causal cue is a second event, not a restatement",
    "Ethiopian troops shelled Eritrean positions on Monday, after Eritrean strikes on Tigray.",
    [
      { type: "ASSAULT", mode: "shelling", source: "ETH:STATE", target: "ERI:STATE" },
      { type: "ASSAULT", mode: "air", source: "ERI:STATE", target: "ETH:STATE" },
    ],
  ],
  [
    "a statement by the party and one by its minister are two statements",
    "Border tension rose again this week. Ethiopia has accused Eritrea of arming rebel groups. Ethiopia's foreign minister called the rebels Eritrean proxies.",
    [
      { type: "ACCUSE", mode: "proxy", source: "ETH:STATE", target: "ERI:STATE" },
      { type: "ACCUSE", mode: "proxy", source: "ETH:STATE", target: "ERI:STATE" },
    ],
  ],
  [
    "a contact's partner after 'with', through a partitive; over years, the parties as they mostly were",
    "Ousted from Kabul, the Taliban stayed in touch with several officials of Pakistan's establishment from 2001 to 2021.",
    [{ type: "CONSULT", source: "Taliban", target: "PAK:STATE", date: "2001-01-01" }],
  ],
  [
    "the party of a partitive object is the target",
    "Pakistani troops attacked several members of the TTP in Khyber on Monday.",
    [{ type: "ASSAULT", source: "PAK:STATE", target: "Tehreek-e-Taliban Pakistan" }],
  ],
  [
    "a name and its abbreviation before a unit's name say whose unit it is",
    "Clashes between the ELN and fighters of the Revolutionary Armed Forces of Colombia (FARC) 33rd Front killed 12 people on Sunday.",
    [{ type: "ASSAULT", mode: "armed_clash", source: "ELN", target: "FARC dissidents" }],
  ],
  [
    "an undated response runs from what it answers to the report",
    "Pakistani jets struck Kandahar on Monday. India strongly condemns Pakistan's airstrikes.",
    [
      { type: "ASSAULT", source: "PAK:STATE", target: null, date: "2026-02-23" },
      { type: "PROTEST", source: "IND:STATE", target: "PAK:STATE", date: "2026-02-23" },
    ],
  ],
  [
    "an act named by 'what X called', and fighting that answers it, between the act's parties",
    'Fighting erupted after M23 fighters carried out what Congolese officials called a "well-planned attack" on government troops on Monday.',
    [
      { type: "ASSAULT", mode: "armed_clash", source: "March 23 Movement", target: "COD:STATE" },
      {
        type: "ASSAULT",
        mode: "attack",
        source: "March 23 Movement",
        target: "COD:STATE",
        date: "2026-02-23",
      },
    ],
  ],
  [
    "an accusation against those 'backed by' a party is about that party",
    'Pakistan\'s president accused what he called "foreign terrorists backed by India" of stoking unrest.',
    [{ type: "ACCUSE", mode: "proxy", source: "PAK:STATE", target: "IND:STATE" }],
  ],
  [
    "an agreement failed after another agreement takes its parties",
    "Armenia and Azerbaijan agree on a prisoner exchange but fail to reach a truce.",
    [
      { type: "AGREE", mode: "other", source: "ARM:STATE", target: "AZE:STATE" },
      { type: "AGREE", mode: "ceasefire", source: "ARM:STATE", target: "AZE:STATE", negated: true },
    ],
  ],
  [
    "a foreign state's attack told to fall on a whole country is aimed at its state",
    "Kyiv staged one of its largest drone attacks inside Russia on Sunday.",
    [{ type: "ASSAULT", mode: "air", source: "UKR:STATE", target: "RUS:STATE", date: "2026-02-22" }],
  ],
  [
    "an act 'blamed on' a party was done by it; a passive's subject is what was hit, past 'first'",
    "The city's military base was first attacked on Sunday in drone strikes the army blamed on the Rapid Support Forces.",
    [
      {
        type: "ASSAULT",
        mode: "air",
        source: "Rapid Support Forces",
        target: "SDN:STATE",
        date: "2026-02-22",
      },
      { type: "ACCUSE", source: "SDN:STATE", target: "Rapid Support Forces" },
    ],
  ],
  [
    "a known person named in full may be named by surname after; a visit at home meets no one",
    "Khawaja Asif arrived in Quetta on Monday. Later, Asif warned the Taliban of a harsh response.",
    [{ type: "THREATEN", source: "PAK:STATE", target: "AFG:STATE" }],
  ],
  [
    "a party coordinated with the source is no ground struck",
    "The Houthis fired missiles at US warships on Thursday. The United States and Britain carried out air strikes across Yemen on Friday.",
    [
      { type: "ASSAULT", source: "Houthis", target: "USA:STATE" },
      { type: "ASSAULT", mode: "air", source: "GBR:STATE", target: "Houthis" },
      { type: "ASSAULT", mode: "air", source: "USA:STATE", target: "Houthis" },
    ],
  ],
  [
    "'the strikes' condemned are the strikes told, before another act of their mode",
    "Israel launched air strikes on Isfahan on Friday. Iranian air defences shot down three Israeli drones. Iran's president condemned the strikes.",
    [
      { type: "ASSAULT", source: "ISR:STATE", target: "IRN:STATE" },
      { type: "ASSAULT", source: "IRN:STATE", target: "ISR:STATE" },
      { type: "PROTEST", source: "IRN:STATE", target: "ISR:STATE" },
    ],
  ],
  [
    "a state's embassies are the state's",
    "Rioters stormed the embassies of Kenya and Uganda in Goma on Monday.",
    [{ type: "ASSAULT", source: null, target: "KEN:STATE" }],
  ],
  [
    "the soldiers of a named force killed are that force's",
    "A landmine killed two soldiers of the United Nations Interim Force in Lebanon near Naqoura on Friday.",
    [{ type: "ASSAULT", source: null, target: "United Nations Interim Force in Lebanon", fatalities: 2 }],
  ],
  [
    "the name in a partitive subject is the subject",
    "Fighters of the Viv Ansanm coalition raided a police station in Mirebalais on Monday.",
    [{ type: "ASSAULT", source: "Viv Ansanm", target: "HTI:STATE", date: "2026-02-23" }],
  ],
  [
    "claiming 'every right to retaliate' is a threat",
    "Tehran said Iran had every right to retaliate against Israel.",
    [{ type: "THREATEN", source: "IRN:STATE", target: "ISR:STATE" }],
  ],
  [
    "a light verb a few words before its noun",
    "Israel carried out one of its heaviest air strikes in years on Beirut.",
    [{ type: "ASSAULT", mode: "air", source: "ISR:STATE", target: "LBN:STATE" }],
  ],
  [
    "a bare state noun as a modifier names no party",
    "Sudan's army halted military operations on Saturday.",
    [{ type: "RETREAT", source: "SDN:STATE", target: null }],
  ],
  [
    "a passive killing with its agent: one act per group of victims, each with its count",
    "Four policemen and two civilians were killed by TTP fighters in Bannu on Monday.",
    [
      { type: "ASSAULT", source: "Tehreek-e-Taliban Pakistan", target: "PAK:STATE", fatalities: 4 },
      { type: "ASSAULT", source: "Tehreek-e-Taliban Pakistan", target: "PAK:CIVILIANS", fatalities: 2 },
    ],
  ],
  [
    "a killing with its own agent beside clashes is that agent's act",
    "During the clashes, at least 30 civilians, including six children, were killed by the Sudanese army.",
    [{ type: "ASSAULT", source: "SDN:STATE", target: "SDN:CIVILIANS", fatalities: 30 }],
  ],
  [
    "an agreement the talks did not reach takes the parties of the talks",
    "Talks between India and China ended without an agreement on Thursday.",
    [
      { type: "CONSULT", mode: "talks", source: "IND:STATE", target: "CHN:STATE", negated: false },
      { type: "AGREE", source: "IND:STATE", target: "CHN:STATE", negated: true },
    ],
  ],
  [
    "a negation does not reach past a comma",
    "Talks between Armenia and Azerbaijan failed, ceasefire holds.",
    [
      { type: "CONSULT", mode: "talks", source: "ARM:STATE", target: "AZE:STATE" },
      { type: "AGREE", mode: "ceasefire", source: "ARM:STATE", target: "AZE:STATE", negated: false },
    ],
  ],
  [
    "a sentence that only gives a toll gives it to the act just reported",
    "Israeli jets struck Beirut on Monday. At least nine people were killed and 20 injured.",
    [{ type: "ASSAULT", mode: "air", source: "ISR:STATE", target: "LBN:STATE", fatalities: 9 }],
  ],
  [
    "the subject of a clause opened by 'as'",
    "Eight villagers died as the Indian Army carried out heavy shelling on Tuesday.",
    [{ type: "ASSAULT", mode: "shelling", source: "IND:STATE", target: "IND:CIVILIANS", fatalities: 8 }],
  ],
  [
    "a noun past a preposition is no mutual act of the two names before it",
    "Ministers from Qatar and Oman requested an end to the fighting.",
    [
      { type: "CONSULT", source: "OMN:STATE", target: null },
      { type: "CONSULT", source: "QAT:STATE", target: null },
    ],
  ],
  [
    "a third party's mediation is addressed to the side the story names first",
    "Pakistan and Afghanistan clashed on Monday. Afghanistan accused Pakistan of violating its airspace. The fighting stopped after mediation by Qatar.",
    [
      { type: "ASSAULT", mode: "armed_clash", source: "PAK:STATE", target: "AFG:STATE" },
      { type: "ACCUSE", source: "AFG:STATE", target: "PAK:STATE" },
      { type: "CONSULT", mode: "mediate", source: "QAT:STATE", target: "PAK:STATE" },
    ],
  ],
  [
    "an article between a noun trigger's preposition and its target",
    "Al-Shabaab fighters launched an attack on a Somali army base on Friday.",
    [{ type: "ASSAULT", source: "Al-Shabaab", target: "SOM:STATE" }],
  ],
  [
    "halting talks is rejecting the partner, not a retreat",
    "The government halted negotiations with the FDLR on Monday.",
    [
      {
        type: "REJECT",
        mode: "other",
        source: "COD:STATE",
        target: "Democratic Forces for the Liberation of Rwanda",
      },
    ],
  ],
  [
    "a passive on talks finds its object before it and the partner after 'with' (the other side: the group's government)",
    "Talks with M23 were suspended on Tuesday.",
    [{ type: "REJECT", mode: "other", source: "COD:STATE", target: "March 23 Movement", date: "2026-02-24" }],
  ],
  [
    "halting operations stays a retreat",
    "The Malian army halted military operations on Monday.",
    [{ type: "RETREAT", source: "MLI:STATE", target: null, date: "2026-02-23" }],
  ],
  [
    "failing to reach a truce is a negated ceasefire",
    "Ethiopia and Eritrea failed to reach a truce on Monday.",
    [{ type: "AGREE", mode: "ceasefire", source: "ETH:STATE", target: "ERI:STATE", negated: true }],
  ],
  [
    "a monitoring group is the attribution, not a party",
    "The Syrian Observatory for Human Rights said Turkish drones struck Kobani on Friday.",
    [{ type: "ASSAULT", mode: "air", source: "TUR:STATE", target: null, date: "2026-02-27" }],
  ],
  [
    "a pronoun right after a speech verb is its speaker",
    "The Rapid Support Forces said on Sunday they had seized the army base in Babanusa.",
    [
      {
        type: "ASSAULT",
        mode: "capture",
        source: "Rapid Support Forces",
        target: "SDN:STATE",
        date: "2026-02-22",
      },
    ],
  ],
  [
    "a capture's object names whose it was",
    "The M23 said it had taken the Congolese army's headquarters in Uvira on Monday.",
    [
      {
        type: "ASSAULT",
        mode: "capture",
        source: "March 23 Movement",
        target: "COD:STATE",
        date: "2026-02-23",
      },
    ],
  ],
  [
    "launched with a weapon is an attack, its mode the weapon's",
    "Russia launched 120 drones and 20 missiles at Ukraine overnight.",
    [{ type: "ASSAULT", mode: "air", source: "RUS:STATE", target: "UKR:STATE" }],
  ],
  [
    "a relative clause between subject and verb",
    "The Alliance of Sahel States, which groups Mali, Burkina Faso and Niger, condemned the sanctions.",
    [{ type: "PROTEST", mode: "condemn", source: "Alliance of Sahel States", target: null }],
  ],
  [
    "a claimant described by an apposition",
    "JNIM, al-Qaeda's branch in the Sahel, claimed responsibility for an attack on an army post in Boulkessi in Burkina Faso.",
    [{ type: "ASSAULT", mode: "attack", source: "JNIM", target: "BFA:STATE" }],
  ],
  [
    "what was hit belongs to the country of its place",
    "Ukrainian drones hit an ammunition depot in the Bryansk region on Saturday.",
    [{ type: "ASSAULT", mode: "air", source: "UKR:STATE", target: "RUS:STATE", date: "2026-02-21" }],
  ],
  [
    "a junta is its country's state",
    "A junta air strike on a village in Sagaing killed nine people.",
    [{ type: "ASSAULT", mode: "air", source: "MMR:STATE", target: "MMR:CIVILIANS", fatalities: 9 }],
  ],
  [
    "breaking off relations is a measure against the partner",
    "Niger severed diplomatic ties with Ukraine on Tuesday.",
    [{ type: "COERCE", mode: "other", source: "NER:STATE", target: "UKR:STATE", date: "2026-02-24" }],
  ],
  [
    "a terrorist listing names its target inside the phrase (and 'United States' is no speech verb)",
    "The United States designated Hamas as a terrorist organisation in 2021.",
    [{ type: "COERCE", mode: "other", source: "USA:STATE", target: "Hamas", date: "2021-01-01" }],
  ],
  [
    "suspending an agreement rejects the other side of the document's conflict",
    "Armenian troops shelled Azerbaijani positions on Monday. Azerbaijan accused Armenia of provocations. Azerbaijan also suspended the trade agreement.",
    [
      { type: "ASSAULT", source: "ARM:STATE", target: "AZE:STATE" },
      { type: "ACCUSE", source: "AZE:STATE", target: "ARM:STATE" },
      { type: "REJECT", mode: "other", source: "AZE:STATE", target: "ARM:STATE" },
    ],
  ],
  [
    "two parties that each do an act do it to each other",
    "Armenia and Azerbaijan each freed 20 prisoners on Sunday.",
    [{ type: "RETREAT", mode: "other", source: "ARM:STATE", target: "AZE:STATE", date: "2026-02-22" }],
  ],
  [
    "strikes across a country hit the armed group that holds it in the document's conflict",
    "Al-Shabaab fighters attacked Kenyan troops on Monday. Kenya launched air strikes across Somalia on Tuesday.",
    [
      { type: "ASSAULT", source: "Al-Shabaab", target: "KEN:STATE" },
      { type: "ASSAULT", mode: "air", source: "KEN:STATE", target: "Al-Shabaab", date: "2026-02-24" },
    ],
  ],
  [
    "a possessive date dates its own noun, not the acts beside it",
    "Pakistan launched air strikes on Kandahar early on Wednesday, saying it had hit those behind last month's bombing.",
    [{ type: "ASSAULT", mode: "air", source: "PAK:STATE", target: "AFG:STATE", date: "2026-02-25" }],
  ],
  [
    "an arrest falls on the people its object names; their country is the context's",
    "Kenyan police arrested dozens of protesters in Nairobi on Monday.",
    [{ type: "COERCE", mode: "arrest", source: "KEN:STATE", target: "KEN:CIVILIANS", date: "2026-02-23" }],
  ],
  [
    "a passive detention falls on its subject",
    "Kenyan police said 40 demonstrators were detained in Nairobi on Monday.",
    [{ type: "COERCE", mode: "arrest", source: null, target: "KEN:CIVILIANS", date: "2026-02-23" }],
  ],
  [
    "a curfew imposed on residents falls on them",
    "Sudanese authorities imposed a curfew on residents of Port Sudan on Sunday.",
    [{ type: "COERCE", mode: "other", source: "SDN:STATE", target: "SDN:CIVILIANS", date: "2026-02-22" }],
  ],
  [
    "seized goods are aimed at whom they were meant for, and are no aid",
    "Nigerian soldiers intercepted a truck carrying fuel and medical supplies intended for Boko Haram fighters on Sunday.",
    [
      {
        type: "COERCE",
        mode: "seize_property",
        source: "NGA:STATE",
        target: "Boko Haram",
        date: "2026-02-22",
      },
    ],
  ],
  [
    "qualified armed group: an ethnonym and a noun for rebels name a group of their own",
    "In northern Mali, Tuareg rebels attacked an army convoy on Thursday.",
    [{ type: "ASSAULT", mode: "attack", source: "Tuareg rebels", target: "MLI:STATE", date: "2026-02-26" }],
  ],
  [
    "demonym armed group: a country's demonym before a noun for rebels is no state",
    "Syrian rebels attacked a checkpoint near Idlib on Wednesday.",
    [{ type: "ASSAULT", mode: "attack", source: "Syrian rebels", target: "SYR:STATE", date: "2026-02-25" }],
  ],
  [
    "a claim of responsibility for 'the attack' attributes the attack already told, however far back",
    "Gunmen stormed a police station in Bannu on Tuesday, killing four policemen. Officials said the station was cleared by evening. Shops stayed shut in the town. Schools were closed too. The TTP claimed responsibility for the attack.",
    [{ type: "ASSAULT", source: "Tehreek-e-Taliban Pakistan", target: "PAK:STATE", date: "2026-02-24" }],
  ],
  [
    "an act said to be one more ('also', 'another') is not the act before it",
    "Islamic State fighters attacked a Taliban checkpoint in Kabul this week. On Wednesday, the group also claimed an attack on a bank in Kunduz, saying it had targeted Taliban employees.",
    [
      { type: "ASSAULT", source: "Islamic State", target: "AFG:STATE", date: "2026-02-23" },
      { type: "ASSAULT", source: "Islamic State", target: "AFG:STATE", date: "2026-02-25" },
    ],
  ],
  [
    "a predicate noun in quotation marks is said of the reported clause's subject",
    'Pakistan\'s defence minister said the Taliban had become a "proxy for India".',
    [{ type: "ACCUSE", mode: "proxy", source: "PAK:STATE", target: "AFG:STATE" }],
  ],
  [
    "saying acts violate a sovereignty accuses whoever did them",
    "Pakistan launched air strikes on Khost on Monday. Kabul says such attacks violate Afghanistan's sovereignty.",
    [
      { type: "ASSAULT", source: "PAK:STATE", target: "AFG:STATE" },
      { type: "ACCUSE", mode: "violation", source: "AFG:STATE", target: "PAK:STATE" },
    ],
  ],
  [
    "an envoy goes to the state of the place where the mission sits",
    "Last month, the Taliban named an envoy to head the embassy they had reopened in Delhi.",
    [{ type: "CONSULT", mode: "envoy", source: "AFG:STATE", target: "IND:STATE", date: "2026-01-01" }],
  ],
  [
    "talks with an insurgent group that name no other side are its government's",
    "Peace negotiations with the ELN were halted in September 2024.",
    [{ type: "REJECT", source: "COL:STATE", target: "ELN", date: "2024-09-01" }],
  ],
  [
    "no government side for a group the document shows fighting a foreign state",
    "Israeli jets struck Hezbollah positions in Tyre on Monday. Hezbollah fired rockets at Israel on Tuesday. Indirect talks with Hezbollah were suspended on Wednesday.",
    [
      { type: "ASSAULT", source: "ISR:STATE", target: "Hezbollah" },
      { type: "ASSAULT", source: "Hezbollah", target: "ISR:STATE" },
      { type: "REJECT", source: "ISR:STATE", target: "Hezbollah" },
    ],
  ],
  [
    "'with' names the partner of talks past the names inside what is discussed",
    "In 2018, the United States held talks on the future of Afghanistan with the Taliban.",
    [{ type: "CONSULT", mode: "talks", source: "USA:STATE", target: "Taliban", date: "2018-01-01" }],
  ],
  [
    "a participle after an announced act is part of it, and 'such attacks' take it up",
    "Pakistan says it will carry out strikes in Kunar targeting TTP hideouts. The Taliban government says such attacks violate the country's sovereignty.",
    [
      { type: "THREATEN", source: "PAK:STATE", target: "Tehreek-e-Taliban Pakistan" },
      { type: "ACCUSE", mode: "violation", source: "AFG:STATE", target: "PAK:STATE" },
    ],
  ],
  [
    "what came under attack is the target, a party or a facility named before",
    "An army base in Djibo came under attack on Sunday morning, security sources said.",
    [{ type: "ASSAULT", source: null, target: "BFA:STATE", date: "2026-02-22" }],
  ],
  [
    "an armed group's return to power is a takeover; an elected leader's is none",
    "When the Taliban returned to power in Kabul in 2021, many fled. Trump returned to power in January 2025.",
    [{ type: "ASSAULT", mode: "capture", source: "Taliban", target: null, date: "2021-01-01" }],
  ],
  [
    "support 'from' several backers, set before the clause it helps, goes to that clause's subject",
    "With backing from Rwanda and Uganda, M23 fighters seized Goma in January.",
    [
      { type: "SUPPORT", source: "RWA:STATE", target: "March 23 Movement" },
      { type: "SUPPORT", source: "UGA:STATE", target: "March 23 Movement" },
      { type: "ASSAULT", mode: "capture", source: "March 23 Movement", target: null },
    ],
  ],
  [
    "an agreement by one side of the document's conflict that names no other is with the other side",
    "Afghan forces attacked Pakistani posts on Saturday. Pakistani troops shelled Afghan positions on Saturday. Qatar urged a halt to the fighting, and the Taliban agreed on Sunday.",
    [
      { type: "ASSAULT", source: "AFG:STATE", target: "PAK:STATE" },
      { type: "ASSAULT", source: "PAK:STATE", target: "AFG:STATE" },
      { type: "AGREE", source: "AFG:STATE", target: "PAK:STATE" },
    ],
  ],
  [
    "an agreement that was signed is an event even when the text names no party",
    "A peace deal was signed by the rival clans on January 1.",
    [{ type: "AGREE", source: null, target: null, date: "2026-01-01" }],
  ],
  [
    "an act named as what talks are about is not yet done",
    "In 2018, the United States decided to discuss a withdrawal of its troops with the Taliban.",
    [{ type: "CONSULT", source: "USA:STATE", target: "Taliban", date: "2018-01-01" }],
  ],
  [
    "groups called a country's proxies: the accusation is about that country",
    "Pakistan's defence minister has called the TTP and the BLA Indian proxies.",
    [{ type: "ACCUSE", mode: "proxy", source: "PAK:STATE", target: "IND:STATE" }],
  ],
  [
    "a date in a relative clause about an act's noun dates that act",
    "Peace talks with the ELN, which restarted in November 2022, were halted in September 2024.",
    [
      { type: "CONSULT", source: "COL:STATE", target: "ELN", date: "2022-11-01" },
      { type: "REJECT", source: "COL:STATE", target: "ELN", date: "2024-09-01" },
    ],
  ],
  [
    "the name after 'pro-' or 'anti-' is no party: a pro-government militia is not the government",
    "Militants killed 10 members of a pro-government militia in Gnagna province on Tuesday.",
    [{ type: "ASSAULT", source: null, target: null, fatalities: 10 }],
  ],
  [
    "victims 'known as' a named group are that group",
    "Militants killed 10 fighters from a pro-government militia known as VDP near Fada on Tuesday.",
    [{ type: "ASSAULT", source: null, target: "VDP", fatalities: 10 }],
  ],
  [
    "a party is taken as it was when the act ended; a takeover as it was before it",
    "The Taliban captured Kabul in September 1996. In September 1996, Pakistan recognised the Taliban.",
    [
      { type: "ASSAULT", mode: "capture", source: "Taliban", target: "AFG:STATE", date: "1996-09-01" },
      { type: "SUPPORT", mode: "recognize", source: "PAK:STATE", target: "AFG:STATE", date: "1996-09-01" },
    ],
  ],
  [
    "the day of a claim is not the day of the act it claims",
    "The Islamic State group on Thursday claimed responsibility for a bombing of a Taliban ministry in Kabul this week.",
    [{ type: "ASSAULT", source: "Islamic State", target: "AFG:STATE", date: "2026-02-23" }],
  ],
  [
    "an addressee of speech is no party to the act the speech reports",
    "Sources told Dawn that two policemen were killed by TTP militants in Lakki Marwat on Monday.",
    [{ type: "ASSAULT", source: "Tehreek-e-Taliban Pakistan", target: "PAK:STATE", date: "2026-02-23" }],
  ],
  [
    "a time up to which a state lasted does not date an act",
    "Drones struck an army base in Port Sudan, a city which had until Sunday been considered safe, officials said on Friday.",
    [{ type: "ASSAULT", source: null, target: "SDN:STATE", date: "2026-02-27" }],
  ],
];

describe("ad-hoc armed groups named by a qualifier", () => {
  it("makes an ethnonym's fighters a communal militia of the context's country", () => {
    const events = extractText(
      "In Sweida, Syrian government forces and Druze fighters clashed on Tuesday.",
      "2026-02-27",
    );
    const druze = events.flatMap((e) => [e.source, e.target]).find((a) => a?.name === "Druze fighters");
    assert.equal(druze?.kind, "MILITIA");
    assert.equal(druze?.country, "SYR");
  });
  it("takes a country's demonym as the group's country and leaves unnamed gunmen unknown", () => {
    const events = extractText("Afghan militants attacked a police post in Bajaur on Monday.", "2026-02-27");
    assert.equal(events[0]?.source?.kind, "REBEL");
    assert.equal(events[0]?.source?.country, "AFG");
    const unnamed = extractText("Unidentified gunmen attacked a convoy in Kurram on Monday.", "2026-02-27");
    assert.equal(unnamed[0]?.source ?? null, null);
  });
});

describe("extraction of short sentences, rule by rule", () => {
  for (const [rule, text, expected] of CASES) {
    it(`${rule}: ${JSON.stringify(text)}`, () => {
      const events = extractText(text, "2026-02-27");
      const actual = events.map((e, i) => {
        const want = expected[i];
        return {
          type: e.type,
          ...(want?.mode !== undefined && { mode: e.mode }),
          source: key(e.source),
          target: key(e.target),
          ...(want?.date !== undefined && { date: e.date?.start ?? null }),
          ...(want?.fatalities !== undefined && { fatalities: e.fatalities?.count }),
          ...(want?.negated !== undefined && { negated: e.negated }),
        };
      });
      assert.deepEqual(actual, expected);
    });
  }

  it("counts 'the following year' from the last date the text named, not from the last act", () => {
    const events = extractText(
      "In 2018, the US opened talks with the Taliban, which lasted until Afghan factions started their own negotiations in 2020. The following year, after the American withdrawal, the Taliban took back Kabul.",
      "2026-03-02",
    );
    const pullout = events.find((e) => e.type === "RETREAT");
    assert.equal(pullout?.date?.start, "2021-01-01");
  });

  it("gives clashes that name no side the document's pair, and no sides without a pair", () => {
    const story =
      "Pakistani jets struck Afghan army posts in Kandahar on Monday. Afghan forces attacked Pakistani posts on Tuesday. In October, border skirmishes escalated into serious clashes.";
    const clash = extractText(story, "2026-02-27").find((e) => e.mode === "armed_clash");
    assert.deepEqual([clash?.source?.country, clash?.target?.country].sort(), ["AFG", "PAK"]);
    const alone = extractText("In October, border skirmishes escalated into serious clashes.", "2026-02-27");
    assert.deepEqual(alone, []);
  });

  it("reads 'the Yemeni group' as the group last named, and aims the attacks it answers at it", () => {
    const events = extractText(
      "The Houthis fired missiles at a US destroyer on Friday. The Yemeni group said it fired the missiles in response to American and British air raids on Thursday.",
      "2026-02-27",
    );
    const answered = events.filter((e) => e.source?.kind === "STATE" && e.target?.name === "Houthis");
    assert.deepEqual(answered.map((e) => e.source?.country).sort(), ["GBR", "USA"]);
    assert.ok(events.every((e) => e.source?.country !== "YEM" || e.source?.name === "Houthis"));
  });

  it("keeps an act reported after a meeting verb: it is no topic of talks", () => {
    const events = extractText(
      "Kabul said it had received reports that attacks were carried out by Pakistan on Friday.",
      "2026-02-27",
    );
    assert.ok(events.some((e) => e.type === "ASSAULT" && e.source?.country === "PAK"));
  });

  it("links a response to the event its causal phrase names", () => {
    const [clash, closure] = extractText(
      "Afghan and Pakistani troops clashed near Chaman on Sunday. Hours after the clashes, Pakistan closed the border.",
      "2026-02-27",
    );
    assert.deepEqual(closure?.in_response_to, [clash?.id]);
  });

  it("takes no demonym for a place ('a Somali military base' is not in Ethiopia's Somali Region)", () => {
    const [attack] = extractText(
      "Al-Shabaab fighters attacked a Somali military base on Friday.",
      "2026-02-27",
    );
    assert.deepEqual(attack?.locations, []);
  });

  it("makes who names an accusation with 'what X described as' its speaker, aimed at the other side", () => {
    const events = extractText(
      "Afghan forces shelled Pakistani posts on Monday. Pakistani jets struck Afghan border villages on Tuesday. " +
        "The Taliban launched raids on Wednesday, following what the ruling regime described as repeated violations of Afghan airspace.",
      "2026-02-27",
    );
    const accusation = events.find((e) => e.type === "ACCUSE");
    assert.equal(accusation?.mode, "violation");
    assert.deepEqual(
      [key(accusation?.source ?? null), key(accusation?.target ?? null)],
      ["AFG:STATE", "PAK:STATE"],
    );
  });

  it("aims no cause at a responder whose act is aimed at someone else", () => {
    const events = extractText(
      "Hezbollah began firing rockets at Israel on Sunday, a day after the Hamas attack.",
      "2026-02-27",
    );
    const cause = events.find((e) => e.source?.name === "Hamas");
    assert.equal(cause?.target, null);
  });

  it("reads 'the Palestinian group' as the group of Palestine last named, past another group", () => {
    const events = extractText(
      "Hamas fighters attacked Israeli posts on Saturday. Hezbollah fired rockets at Israel on Sunday. Egypt condemned the Palestinian group.",
      "2026-02-27",
    );
    const protest = events.find((e) => e.type === "PROTEST");
    assert.equal(protest?.target?.name, "Hamas");
  });

  it("reads no verb 'support' after 'in', so gives the support to no wrong speaker", () => {
    const events = extractText(
      "Hezbollah fired rockets at Israel on Sunday, a day after the Hamas attack on southern Israel, in support of the Palestinian group.",
      "2026-02-27",
    );
    assert.deepEqual(
      events.filter((e) => e.type === "SUPPORT").map((e) => e.source?.name),
      [],
    );
  });

  it("reads 'X, followed by Y' as Y after X", () => {
    const [bombing, raids] = extractText(
      "Pakistani jets bombed TTP hideouts in Khyber on Monday, followed by TTP raids on army posts in Bannu.",
      "2026-02-27",
    );
    assert.equal(bombing?.source?.name, "Pakistani jets");
    assert.deepEqual(bombing?.in_response_to, []);
    assert.deepEqual(raids?.in_response_to, [bombing?.id]);
  });
});
