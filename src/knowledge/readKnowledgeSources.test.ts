import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { KnowledgeError } from "./KnowledgeProblem.ts";
import { checkKnowledgeBase, loadKnowledgeBase } from "./loadKnowledgeBase.ts";
import { DEFAULT_GAZETTEER_FILE } from "./readKnowledgeSources.ts";

/** A knowledge folder of its own, with the given files, beside the project's derived gazetteer. */
function knowledgeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "faultline-kb-"));
  const base: Record<string, string> = {
    "actors/institutions.yaml":
      "stateInstitutions: [army]\nstateOffices: [defence minister]\ncivilianNouns: [civilians]\nmemberNouns: [fighters]\norganisationHeads: [Times]\n",
    "patterns/roles.yaml": "roles: [spokesman]\nformerMarkers: [former]\ntitles: [Mr]\n",
    "patterns/function-words.yaml": "words: [the, on]\n",
    "patterns/cues.yaml":
      "speech: [said]\nnegation: [not]\nhypothetical: [could]\nlightVerbs: [launched]\nresponsibility: [claimed]\n" +
      "causal: [after]\nmodes: { air: [drone] }\n",
  };
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("knowledge validation", () => {
  it("accepts a valid folder and compiles it", () => {
    const dir = knowledgeDir({
      "actors/organisations/test.yaml":
        "- { id: GROUP_A, name: Group Alpha, kind: REBEL, country: PAK, aliases: [GA] }\n",
    });
    const kb = loadKnowledgeBase({ knowledgeDir: dir, gazetteerFile: DEFAULT_GAZETTEER_FILE });
    assert.equal(kb.organisations.get("GROUP_A")?.name, "Group Alpha");
    assert.equal(kb.actorNames.get("GA")[0]?.entity, "organisation");
  });

  it("reports each bad value with what was expected and what was found", () => {
    const dir = knowledgeDir({
      "actors/organisations/test.yaml":
        "- { id: bad id, name: X1, kind: WARLORD, country: Pakistan, aliases: [] }\n" +
        "- { id: GOOD, name: Good Group, kind: REBEL, country: PAK, periods: [{ kind: STATE, from: 2021-13-40 }] }\n",
    });
    const { problems } = checkKnowledgeBase({ knowledgeDir: dir, gazetteerFile: DEFAULT_GAZETTEER_FILE });
    const messages = problems.map((p) => `${p.path}: ${p.message}`);
    assert.ok(
      messages.some((m) => m.startsWith('[0].id: expected an UPPER_SNAKE_CASE id, found "bad id"')),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.startsWith("[0].kind:") && m.includes('found "WARLORD"')),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.startsWith("[0].country: expected an ISO 3166 alpha-3 code")),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.startsWith("[1].periods.0.from: expected a date YYYY-MM-DD")),
      messages.join("\n"),
    );
  });

  it("reports references and aliases that do not hold across files", () => {
    const dir = knowledgeDir({
      "actors/organisations/a.yaml":
        "- { id: ONE, name: Group One, kind: REBEL, country: PAK, aliases: [G1], parent: NOBODY }\n",
      "actors/organisations/b.yaml":
        "- { id: TWO, name: Group Two, kind: REBEL, country: XXX, aliases: [G1] }\n",
      "actors/people/p.yaml": "- { id: someone, name: Some One, roles: [{ title: Chief, org: NOWHERE }] }\n",
    });
    const { problems } = checkKnowledgeBase({ knowledgeDir: dir, gazetteerFile: DEFAULT_GAZETTEER_FILE });
    const messages = problems.map((p) => p.message);
    assert.ok(messages.includes("unknown organisation NOBODY"));
    assert.ok(messages.includes("unknown country XXX"));
    assert.ok(messages.includes('alias "G1" also names ONE'));
    assert.ok(messages.includes("unknown organisation NOWHERE"));
  });

  it("fails fast at load with a faultline: error listing the problems", () => {
    const dir = knowledgeDir({ "actors/organisations/bad.yaml": "- { id: X, name: [not, a, name] }\n" });
    assert.throws(
      () => loadKnowledgeBase({ knowledgeDir: dir, gazetteerFile: DEFAULT_GAZETTEER_FILE }),
      (error: unknown) =>
        error instanceof KnowledgeError && /^faultline: invalid knowledge base/.test(error.message),
    );
  });

  it("reports a YAML syntax error with its file", () => {
    const dir = knowledgeDir({ "actors/organisations/broken.yaml": "- { id: X, name: [unclosed\n" });
    const { problems } = checkKnowledgeBase({ knowledgeDir: dir, gazetteerFile: DEFAULT_GAZETTEER_FILE });
    assert.ok(problems.some((p) => p.file.endsWith("broken.yaml")));
  });

  it("compiles two knowledge bases side by side without sharing state", () => {
    const a = loadKnowledgeBase({
      knowledgeDir: knowledgeDir({
        "actors/organisations/a.yaml": "- { id: ONLY_A, name: Alpha Front, kind: REBEL, country: PAK }\n",
      }),
    });
    const b = loadKnowledgeBase({
      knowledgeDir: knowledgeDir({
        "actors/organisations/b.yaml": "- { id: ONLY_B, name: Beta Front, kind: REBEL, country: AFG }\n",
      }),
    });
    assert.equal(a.actorNames.get("Beta Front").length, 0);
    assert.equal(b.actorNames.get("Alpha Front").length, 0);
  });
});
