import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type DateExpression, findDateExpressions } from "./findDateExpressions.ts";

const spans = (text: string) => findDateExpressions(text).map((e) => [e.text, e.start]);

describe("findDateExpressions", () => {
  // [sentence, expected expressions as [text, start offset]]
  const cases: Array<[string, Array<[string, number]>]> = [
    ["Troops attacked on Friday.", [["Friday", 19]]],
    ["Talks stalled on Monday night.", [["Monday night", 17]]],
    ["The raid came last Friday.", [["last Friday", 14]]],
    [
      "Shelling began late on Tuesday and ended Wednesday.",
      [
        ["late on Tuesday", 15],
        ["Wednesday", 41],
      ],
    ],
    ["On Friday (February 27, 2026) two posts fell.", [["Friday (February 27, 2026)", 3]]],
    ["Talks opened Friday, 20 February in Doha.", [["Friday, 20 February", 13]]],
    ["The accord was signed February 27, 2026.", [["February 27, 2026", 22]]],
    ["It began on 27 February 2026.", [["27 February 2026", 12]]],
    ["It began Feb. 27, 2026, at dawn.", [["Feb. 27, 2026", 9]]],
    ["It began FEB 27 2026.", [["FEB 27 2026", 9]]],
    ["Dated 2026-02-27 in the file.", [["2026-02-27", 6]]],
    ["The strike on february 27 killed four.", [["february 27", 14]]],
    ["Fighting broke out on 22 February.", [["22 February", 22]]],
    ["Polls close on the 3rd of May.", [["the 3rd of May", 15]]],
    [
      "They met on Sept. 11, 2001 and again on Sept 12.",
      [
        ["Sept. 11, 2001", 12],
        ["Sept 12", 40],
      ],
    ],
    ["Since 9/11 the base has grown.", [["Since 9/11", 0]]],
    [
      "Prices rose this week and last week.",
      [
        ["this week", 12],
        ["last week", 26],
      ],
    ],
    ["Talks resume next week.", [["next week", 13]]],
    [
      "Two died today and one yesterday.",
      [
        ["today", 9],
        ["yesterday", 23],
      ],
    ],
    ["The post fell two days ago.", [["two days ago", 14]]],
    ["The post fell 3 days ago.", [["3 days ago", 14]]],
    ["Shelling continued overnight.", [["overnight", 19]]],
    [
      "Protests grew this month after last month's vote.",
      [
        ["this month", 14],
        ["last month", 31],
      ],
    ],
    [
      "Elections were held last year and are due next year.",
      [
        ["last year", 20],
        ["next year", 42],
      ],
    ],
    ["Prices fell earlier this year.", [["earlier this year", 12]]],
    ["The following year the group split.", [["The following year", 0]]],
    ["A day later the rebels withdrew.", [["A day later", 0]]],
    ["Hours after the blast, police arrived.", [["Hours after", 0]]],
    ["Days later the road reopened.", [["Days later", 0]]],
    ["The next day the mayor resigned.", [["The next day", 0]]],
    ["Four years after the Taliban captured Kabul, aid fell.", [["Four years after", 0]]],
    ["Fighting peaked in February 2026.", [["February 2026", 19]]],
    ["Fighting peaked in February.", [["February", 19]]],
    ["Rains come in May and March.", [["May", 14]]],
    ["Troops left in late February 2026.", [["late February 2026", 15]]],
    ["Talks begin in early March.", [["early March", 15]]],
    [
      "Snow fell in mid-May and mid May.",
      [
        ["mid-May", 13],
        ["mid May", 25],
      ],
    ],
    ["The siege ended in late 2001.", [["late 2001", 19]]],
    [
      "Trade grew in early 2025 and by mid-2024.",
      [
        ["early 2025", 14],
        ["mid-2024", 32],
      ],
    ],
    ["Funding dried up by the end of 2023.", [["the end of 2023", 20]]],
    ["Militias formed in the late 1990s.", [["the late 1990s", 19]]],
    ["The war of the 1980s left scars.", [["the 1980s", 11]]],
    ["The town was founded in 1893.", [["1893", 24]]],
    ["In 2018, talks collapsed.", [["2018", 3]]],
    ["2019, however, was calmer.", [["2019", 0]]],
    ["In 2018, 1893 people died.", [["2018", 3]]],
    ["There have been 75 clashes since 2021.", [["since 2021", 27]]],
    ["Nothing changed since August 2021.", [["since August 2021", 16]]],
    ["Shops stayed shut since Friday.", [["since Friday", 18]]],
    ["The siege, now in its third year, goes on.", [["in its third year", 15]]],
    ["Output fell between 2019 and 2021.", [["between 2019 and 2021", 12]]],
    ["The war lasted from 1979 to 1989.", [["from 1979 to 1989", 15]]],
    ["The 1979–1989 war cost much.", [["1979–1989", 4]]],
    ["The 2019-21 drought cost much.", [["2019-21", 4]]],
    ["Troops stayed from January to March 2024.", [["from January to March 2024", 14]]],
    ["Rain fell between March and May 2024.", [["between March and May 2024", 10]]],
    ["The Soviets invaded in December 1979.", [["December 1979", 23]]],
    ["Planes struck on 11 September 2001.", [["11 September 2001", 17]]],
    ["It happened in the year 2018.", [["2018", 24]]],
    ["Aid will arrive in the coming days.", [["in the coming days", 16]]],
    ["Raids rose in recent weeks.", [["in recent weeks", 11]]],
    ["The camp closed three months ago.", [["three months ago", 16]]],
    ["The camp reopened a week later.", [["a week later", 18]]],
    ["That year the border closed.", [["That year", 0]]],
    ["The same month, a truce held.", [["The same month", 0]]],
    ["He quit the day after.", [["the day after", 8]]],
    ["They struck last May.", [["last May", 12]]],
    ["MARCH 2025 saw heavy losses.", [["MARCH 2025", 0]]],
    ["The parade was in August.", [["August", 18]]],
    ["On 5 May, 2000 troops left.", [["5 May", 3]]],
    ["Prices went up. 2019, however, was calmer.", [["2019", 16]]],
    ["The 1999-00 season was wet.", [["1999-00", 4]]],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${expected.map(([t]) => JSON.stringify(t)).join(", ")} in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(spans(text), expected);
    });
  }

  it("shifts offsets by the offset of the sentence in its document", () => {
    const found = findDateExpressions("Since August 2021 it held.", 100);
    assert.deepEqual(
      found.map((e) => [e.text, e.start, e.end, e.from?.start, e.from?.end]),
      [["Since August 2021", 100, 117, 106, 117]],
    );
  });

  it("counts offsets in UTF-16 code units", () => {
    assert.deepEqual(spans("“🙂” on Friday"), [["Friday", 8]]);
  });
});

describe("findDateExpressions: what each expression states", () => {
  const stated = (text: string) => {
    const [expr] = findDateExpressions(text);
    assert.ok(expr, `nothing found in ${JSON.stringify(text)}`);
    const { text: _text, start: _start, end: _end, from: _from, to: _to, ...fields } = expr;
    return fields;
  };
  // [sentence, the fields of its one expression, without text, offsets and sub-expressions]
  const cases: Array<[string, Omit<DateExpression, "text" | "start" | "end">]> = [
    ["on February 27", { rule: "month-day-year", anchor: "absolute", month: 2, day: 27 }],
    ["Feb. 27, 2026", { rule: "month-day-year", anchor: "absolute", year: 2026, month: 2, day: 27 }],
    ["on Friday night", { rule: "weekday", anchor: "weekday", weekday: 5 }],
    ["next Tuesday", { rule: "weekday", anchor: "weekday", weekday: 2, modifier: "next" }],
    ["this past Sunday", { rule: "weekday", anchor: "weekday", weekday: 7, modifier: "last" }],
    ["in late February", { rule: "part-of-month", anchor: "absolute", month: 2, part: "late" }],
    ["the late 1990s", { rule: "decade", anchor: "decade", year: 1990, part: "late" }],
    ["last year", { rule: "this-last-next-unit", anchor: "relative", unit: "year", shift: -1 }],
    ["this week", { rule: "this-last-next-unit", anchor: "relative", unit: "week", shift: 0 }],
    ["two days ago", { rule: "units-ago", anchor: "relative", unit: "day", shift: -2 }],
    ["overnight", { rule: "overnight", anchor: "relative", unit: "day", shift: -1, shiftEnd: 0 }],
    ["the following year", { rule: "the-following-unit", anchor: "anaphoric", unit: "year", shift: 1 }],
    ["the previous year", { rule: "the-following-unit", anchor: "anaphoric", unit: "year", shift: -1 }],
    ["a day after the raid", { rule: "units-after", anchor: "anaphoric", unit: "day", shift: 1 }],
    ["four years after the war", { rule: "units-after", anchor: "event", unit: "year", shift: 4 }],
    ["days later", { rule: "days-later", anchor: "anaphoric", unit: "day", shift: 1, shiftEnd: 7 }],
    ["in the coming weeks", { rule: "vague-period", anchor: "relative", unit: "week", direction: "future" }],
    ["since 2021", { rule: "since", anchor: "since" }],
    ["in its fourth year", { rule: "nth-year", anchor: "since" }],
    ["between 2019 and 2021", { rule: "range", anchor: "range" }],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(stated(text), expected);
    });
  }

  it("keeps the parts of a range and of since as expressions with their own offsets and rules", () => {
    const [range] = findDateExpressions("from 1979 to 1989");
    assert.deepEqual(
      [range?.from, range?.to].map((e) => [e?.text, e?.start, e?.rule, e?.year]),
      [
        ["1979", 5, "year", 1979],
        ["1989", 13, "year", 1989],
      ],
    );
  });
});

describe("findDateExpressions negatives: text that states no time", () => {
  const negatives = [
    "a 2,640-km border",
    "1893 people were counted.",
    "the 32 deaths",
    "May I ask a question?",
    "The March on Rome began.",
    "Troops may march again.",
    "They march 20 km a day.",
    "He paid $2000 for it.",
    "See page 1987 of the report.",
    "Bus No. 1999 was hit.",
    "About 2000 troops arrived.",
    "an august body of elders",
    "Jan Egeland spoke.",
    "The 2025 rules apply.",
    "A total of 2010 soldiers",
    "in 1900 homes",
    "It rose 1950% in a day.",
    "killed 1900 civilians",
    "Markets open on Fridays.",
    "in the last week of fighting",
    "He said that year-end targets slipped.",
    "a 1,893-strong force",
    "Dec sales rose.",
    "See p. 1999 of the file.",
  ];
  for (const text of negatives) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(spans(text), []);
    });
  }
});
