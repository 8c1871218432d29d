import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConflictEvent } from "../core/ConflictEvent.ts";
import type { ExportedEvent } from "./ExportedEvent.ts";
import { jsonLine, toJsonLines } from "./toJsonLines.ts";

function exported(event: Partial<ConflictEvent> = {}): ExportedEvent {
  return {
    event: {
      id: "d12.e3",
      doc: "dawn-2026-02-27",
      type: "ACCUSE",
      mode: "harbouring",
      source: { name: "Pakistan", country: "PAK", kind: "STATE" },
      target: { name: "Taliban", country: "AFG", kind: "STATE" },
      date: { start: "2026-02-27", end: "2026-02-27", precision: "day" },
      locations: [],
      fatalities: null,
      injuries: null,
      attribution: null,
      negated: false,
      in_response_to: ["d12.e1"],
      evidence: [{ text: "Islamabad accused Kabul.", start: 10, end: 34 }],
      ...event,
    },
    document: {
      id: "dawn-2026-02-27",
      title: "Border tension",
      url: "https://example.org/a",
      source: "Dawn",
      published: "2026-02-27",
    },
  };
}

const FIELD_ORDER = [
  "id",
  "doc",
  "type",
  "mode",
  "source",
  "target",
  "date",
  "locations",
  "fatalities",
  "injuries",
  "attribution",
  "negated",
  "in_response_to",
  "evidence",
  "document",
];

describe("JSON Lines export", () => {
  it("prints an event exactly: the GUIDELINE §8 fields in order, then the document", () => {
    assert.equal(
      jsonLine(exported()),
      '{"id":"d12.e3","doc":"dawn-2026-02-27","type":"ACCUSE","mode":"harbouring",' +
        '"source":{"name":"Pakistan","country":"PAK","kind":"STATE"},' +
        '"target":{"name":"Taliban","country":"AFG","kind":"STATE"},' +
        '"date":{"start":"2026-02-27","end":"2026-02-27","precision":"day"},' +
        '"locations":[],"fatalities":null,"injuries":null,"attribution":null,"negated":false,' +
        '"in_response_to":["d12.e1"],"evidence":[{"text":"Islamabad accused Kabul.","start":10,"end":34}],' +
        '"document":{"id":"dawn-2026-02-27","title":"Border tension","url":"https://example.org/a",' +
        '"source":"Dawn","published":"2026-02-27"}}\n',
    );
  });

  const cases: [string, ExportedEvent[]][] = [
    ["no events", []],
    ["one event", [exported()]],
    [
      "three events, one with line breaks and quotes in its evidence",
      [
        exported({ id: "d1.e1" }),
        exported({
          id: "d1.e2",
          evidence: [{ text: 'He said:\n"We will respond."\r\n', start: 0, end: 29 }],
        }),
        exported({ id: "d1.e3", type: "ASSAULT", mode: "air", fatalities: { count: 2, qualifier: "exact" } }),
      ],
    ],
  ];
  for (const [name, events] of cases)
    it(`prints one parseable line per event for ${name}`, () => {
      const text = toJsonLines(events);
      assert.equal(text, events.map(jsonLine).join(""));
      const lines = text.split("\n");
      assert.equal(lines.pop(), "", "the text ends with a line break");
      assert.equal(lines.length, events.length);
      lines.forEach((line, i) => {
        const parsed = JSON.parse(line);
        const e = events[i] as ExportedEvent;
        assert.deepEqual(parsed, { ...e.event, document: e.document });
        assert.deepEqual(Object.keys(parsed), FIELD_ORDER);
      });
    });

  it("copies only the contract's fields, not what a caller attached to the objects", () => {
    const e = exported();
    const withExtras: ExportedEvent = {
      event: Object.assign({ explain: { rules: ["r1"] } }, e.event),
      document: Object.assign({ text: "the whole text" }, e.document),
    };
    assert.equal(jsonLine(withExtras), jsonLine(e));
  });
});
