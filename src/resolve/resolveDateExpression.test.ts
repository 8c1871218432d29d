import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DateRange } from "../core/DateRange.ts";
import { type DateExpression, findDateExpressions } from "../extract/findDateExpressions.ts";
import { resolveDateExpression } from "./resolveDateExpression.ts";

const FRIDAY = "2026-02-27";
const SUNDAY = "2025-10-12";

type Expected = [start: string, end: string, precision: DateRange["precision"]] | null;

/** The one expression of a sentence. */
function onlyExpression(sentence: string): DateExpression {
  const found = findDateExpressions(sentence);
  assert.equal(
    found.length,
    1,
    `expected one expression in ${JSON.stringify(sentence)}, found ${found.length}`,
  );
  return found[0] as DateExpression;
}

function resolved(sentence: string, reference: string, anchor?: DateRange): Expected {
  const range = resolveDateExpression(onlyExpression(sentence), reference, anchor);
  return range && [range.start, range.end, range.precision];
}

describe("resolveDateExpression", () => {
  // [sentence, publication date, expected range]
  const cases: Array<[string, string, Expected]> = [
    // Weekdays: the latest such day on or before the publication date.
    ["Troops attacked on Friday.", FRIDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["Troops attacked on Friday.", SUNDAY, ["2025-10-10", "2025-10-10", "day"]],
    ["Talks stalled on Monday night.", FRIDAY, ["2026-02-23", "2026-02-23", "day"]],
    ["Talks stalled on Monday night.", SUNDAY, ["2025-10-06", "2025-10-06", "day"]],
    ["Shelling resumed Sunday.", FRIDAY, ["2026-02-22", "2026-02-22", "day"]],
    ["Shelling resumed Sunday.", SUNDAY, ["2025-10-12", "2025-10-12", "day"]],
    ["Shelling began early on Tuesday.", SUNDAY, ["2025-10-07", "2025-10-07", "day"]],
    ["The raid came last Friday.", FRIDAY, ["2026-02-20", "2026-02-20", "day"]],
    ["The raid came last Friday.", SUNDAY, ["2025-10-10", "2025-10-10", "day"]],
    ["They meet next Tuesday.", FRIDAY, ["2026-03-03", "2026-03-03", "day"]],
    ["They meet next Tuesday.", SUNDAY, ["2025-10-14", "2025-10-14", "day"]],
    ["The vote is this Saturday.", FRIDAY, ["2026-02-28", "2026-02-28", "day"]],
    ["The vote was this Saturday.", SUNDAY, ["2025-10-11", "2025-10-11", "day"]],
    ["On Friday (February 27, 2026) two posts fell.", SUNDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["Talks opened Friday, 20 February in Doha.", FRIDAY, ["2026-02-20", "2026-02-20", "day"]],
    // Dates.
    ["The accord was signed February 27, 2026.", SUNDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["It began on 27 February 2026.", SUNDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["It began Feb. 27, 2026.", SUNDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["Dated 2026-02-27 in the file.", SUNDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["Planes struck on 11 September 2001.", FRIDAY, ["2001-09-11", "2001-09-11", "day"]],
    ["They met on Sept. 11, 2001.", FRIDAY, ["2001-09-11", "2001-09-11", "day"]],
    ["After 9/11 the base grew.", FRIDAY, ["2001-09-11", "2001-09-11", "day"]],
    // A day without a year: the latest on or before a week after the publication date.
    ["The strike on February 27 killed four.", FRIDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["The strike on March 5 killed four.", FRIDAY, ["2026-03-05", "2026-03-05", "day"]],
    ["The strike on March 9 killed four.", FRIDAY, ["2025-03-09", "2025-03-09", "day"]],
    ["Fighting broke out on 22 February.", FRIDAY, ["2026-02-22", "2026-02-22", "day"]],
    ["Fighting broke out on 22 February.", SUNDAY, ["2025-02-22", "2025-02-22", "day"]],
    ["Clashes erupted on December 30.", FRIDAY, ["2025-12-30", "2025-12-30", "day"]],
    ["Polls close on the 27th of February.", SUNDAY, ["2025-02-27", "2025-02-27", "day"]],
    ["Leap day, February 29, passed quietly.", FRIDAY, ["2024-02-29", "2024-02-29", "day"]],
    // Relative to the publication date.
    ["Prices rose this week.", FRIDAY, ["2026-02-23", "2026-03-01", "week"]],
    ["Prices rose this week.", SUNDAY, ["2025-10-06", "2025-10-12", "week"]],
    ["Prices rose last week.", FRIDAY, ["2026-02-16", "2026-02-22", "week"]],
    ["Prices rose last week.", SUNDAY, ["2025-09-29", "2025-10-05", "week"]],
    ["Talks resume next week.", FRIDAY, ["2026-03-02", "2026-03-08", "week"]],
    ["Two died today.", FRIDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["One died yesterday.", FRIDAY, ["2026-02-26", "2026-02-26", "day"]],
    ["One died yesterday.", SUNDAY, ["2025-10-11", "2025-10-11", "day"]],
    ["The vote is tomorrow.", FRIDAY, ["2026-02-28", "2026-02-28", "day"]],
    ["The post fell two days ago.", FRIDAY, ["2026-02-25", "2026-02-25", "day"]],
    ["The post fell 3 days ago.", SUNDAY, ["2025-10-09", "2025-10-09", "day"]],
    ["The post fell ten days ago.", FRIDAY, ["2026-02-17", "2026-02-17", "day"]],
    ["The camp closed two weeks ago.", FRIDAY, ["2026-02-09", "2026-02-15", "week"]],
    ["The camp closed three months ago.", FRIDAY, ["2025-11-01", "2025-11-30", "month"]],
    ["The camp closed a year ago.", FRIDAY, ["2025-01-01", "2025-12-31", "year"]],
    ["Shelling continued overnight.", FRIDAY, ["2026-02-26", "2026-02-27", "day"]],
    ["Shelling continued last night.", SUNDAY, ["2025-10-11", "2025-10-12", "day"]],
    ["Protests grew this month.", FRIDAY, ["2026-02-01", "2026-02-28", "month"]],
    ["Protests grew last month.", FRIDAY, ["2026-01-01", "2026-01-31", "month"]],
    ["Protests grew last month.", SUNDAY, ["2025-09-01", "2025-09-30", "month"]],
    ["Protests grew earlier this month.", SUNDAY, ["2025-10-01", "2025-10-31", "month"]],
    ["Elections were held this year.", FRIDAY, ["2026-01-01", "2026-12-31", "year"]],
    ["Elections were held last year.", FRIDAY, ["2025-01-01", "2025-12-31", "year"]],
    ["Elections are due next year.", FRIDAY, ["2027-01-01", "2027-12-31", "year"]],
    // Months and years.
    ["Fighting peaked in February 2026.", SUNDAY, ["2026-02-01", "2026-02-28", "month"]],
    ["The Soviets invaded in December 1979.", FRIDAY, ["1979-12-01", "1979-12-31", "month"]],
    ["Fighting peaked in February.", FRIDAY, ["2026-02-01", "2026-02-28", "month"]],
    ["Fighting peaked in February.", SUNDAY, ["2025-02-01", "2025-02-28", "month"]],
    ["Fighting peaked in November.", FRIDAY, ["2025-11-01", "2025-11-30", "month"]],
    ["Fighting peaked in November.", SUNDAY, ["2024-11-01", "2024-11-30", "month"]],
    ["They struck last May.", FRIDAY, ["2025-05-01", "2025-05-31", "month"]],
    ["They strike next March.", FRIDAY, ["2026-03-01", "2026-03-31", "month"]],
    ["They strike this June.", FRIDAY, ["2026-06-01", "2026-06-30", "month"]],
    ["Troops left in late February 2026.", SUNDAY, ["2026-02-20", "2026-02-28", "month"]],
    ["Troops left in late February.", FRIDAY, ["2026-02-20", "2026-02-28", "month"]],
    ["Talks begin in early March.", FRIDAY, ["2025-03-01", "2025-03-10", "month"]],
    ["Snow fell in mid-May.", SUNDAY, ["2025-05-11", "2025-05-20", "month"]],
    ["Snow fell in mid May.", FRIDAY, ["2025-05-11", "2025-05-20", "month"]],
    ["Aid came at the beginning of March 2022.", FRIDAY, ["2022-03-01", "2022-03-10", "month"]],
    ["The siege ended in late 2001.", FRIDAY, ["2001-09-01", "2001-12-31", "year"]],
    ["Trade grew in early 2025.", FRIDAY, ["2025-01-01", "2025-04-30", "year"]],
    ["Trade grew by mid-2024.", FRIDAY, ["2024-05-01", "2024-08-31", "year"]],
    ["Funding dried up by the end of 2023.", FRIDAY, ["2023-09-01", "2023-12-31", "year"]],
    ["Militias formed in the late 1990s.", FRIDAY, ["1995-01-01", "1999-12-31", "year"]],
    ["The war of the 1980s left scars.", FRIDAY, ["1980-01-01", "1989-12-31", "year"]],
    ["The town was founded in 1893.", FRIDAY, ["1893-01-01", "1893-12-31", "year"]],
    ["In 2018, talks collapsed.", FRIDAY, ["2018-01-01", "2018-12-31", "year"]],
    // Since and ranges.
    ["There have been 75 clashes since 2021.", FRIDAY, ["2021-01-01", "2026-02-27", "year"]],
    ["Nothing changed since August 2021.", FRIDAY, ["2021-08-01", "2026-02-27", "month"]],
    ["Shops stayed shut since Friday.", SUNDAY, ["2025-10-10", "2025-10-12", "day"]],
    ["Prices doubled since last year.", FRIDAY, ["2025-01-01", "2026-02-27", "year"]],
    ["The siege, now in its third year, goes on.", FRIDAY, ["2024-01-01", "2026-02-27", "year"]],
    ["Output fell between 2019 and 2021.", FRIDAY, ["2019-01-01", "2021-12-31", "year"]],
    ["The war lasted from 1979 to 1989.", FRIDAY, ["1979-01-01", "1989-12-31", "year"]],
    ["The 1979–1989 war cost much.", FRIDAY, ["1979-01-01", "1989-12-31", "year"]],
    ["The 2019-21 drought cost much.", FRIDAY, ["2019-01-01", "2021-12-31", "year"]],
    ["The 1999-00 season was wet.", FRIDAY, ["1999-01-01", "2000-12-31", "year"]],
    ["Troops stayed from January to March 2024.", FRIDAY, ["2024-01-01", "2024-03-31", "month"]],
    ["Rain fell between March and May 2024.", FRIDAY, ["2024-03-01", "2024-05-31", "month"]],
    ["The roads closed from Friday to Sunday.", SUNDAY, ["2025-10-10", "2025-10-12", "day"]],
    ["Aid flowed from May 2020 to 2022.", FRIDAY, ["2020-05-01", "2022-12-31", "year"]],
    // Anaphoric phrases without an anchor fall back on the publication date.
    ["The following year the group split.", FRIDAY, ["2027-01-01", "2027-12-31", "year"]],
    ["That year the border closed.", SUNDAY, ["2025-01-01", "2025-12-31", "year"]],
    ["A day later the rebels withdrew.", FRIDAY, ["2026-02-28", "2026-02-28", "day"]],
    ["Hours after the blast, police arrived.", FRIDAY, ["2026-02-27", "2026-02-27", "day"]],
    ["He quit the day before.", FRIDAY, ["2026-02-26", "2026-02-26", "day"]],
    // What cannot be placed.
    ["Four years after the Taliban captured Kabul, aid fell.", FRIDAY, null],
    ["Aid will arrive in the coming days.", FRIDAY, null],
    ["Raids rose in recent weeks.", FRIDAY, null],
    ["The strike on February 30 killed four.", FRIDAY, null],
    ["It began on 30 February 2026.", FRIDAY, null],
    ["Output fell between 2023 and 2021.", FRIDAY, null],
  ];
  for (const [sentence, reference, expected] of cases) {
    it(`${JSON.stringify(sentence)} on ${reference} → ${expected ? expected.join(" ") : "null"}`, () => {
      assert.deepEqual(resolved(sentence, reference), expected);
    });
  }
});

describe("resolveDateExpression with an anchor", () => {
  const AUGUST_15_2021: DateRange = { start: "2021-08-15", end: "2021-08-15", precision: "day" };
  const AUGUST_2021: DateRange = { start: "2021-08-01", end: "2021-08-31", precision: "month" };
  // [sentence, anchor, expected range]; the publication date is always FRIDAY.
  const cases: Array<[string, DateRange, Expected]> = [
    ["The following year the group split.", AUGUST_15_2021, ["2022-01-01", "2022-12-31", "year"]],
    ["The previous year was calm.", AUGUST_15_2021, ["2020-01-01", "2020-12-31", "year"]],
    ["That year the border closed.", AUGUST_15_2021, ["2021-01-01", "2021-12-31", "year"]],
    ["The same month, a truce held.", AUGUST_15_2021, ["2021-08-01", "2021-08-31", "month"]],
    ["A day later the rebels withdrew.", AUGUST_15_2021, ["2021-08-16", "2021-08-16", "day"]],
    ["A day after the fall, banks shut.", AUGUST_15_2021, ["2021-08-16", "2021-08-16", "day"]],
    ["The next day the mayor resigned.", AUGUST_15_2021, ["2021-08-16", "2021-08-16", "day"]],
    ["Hours after the blast, police arrived.", AUGUST_15_2021, ["2021-08-15", "2021-08-15", "day"]],
    ["Hours after the blast, police arrived.", AUGUST_2021, ["2021-08-01", "2021-08-31", "month"]],
    ["Days later the road reopened.", AUGUST_15_2021, ["2021-08-16", "2021-08-22", "week"]],
    ["The camp reopened a week later.", AUGUST_15_2021, ["2021-08-16", "2021-08-22", "week"]],
    [
      "Four years after the Taliban captured Kabul, aid fell.",
      AUGUST_15_2021,
      ["2025-01-01", "2025-12-31", "year"],
    ],
    ["Two months before the fall, envoys met.", AUGUST_15_2021, ["2021-06-01", "2021-06-30", "month"]],
    // Phrases tied to the publication date ignore the anchor.
    ["Elections were held last year.", AUGUST_15_2021, ["2025-01-01", "2025-12-31", "year"]],
    ["Troops attacked on Friday.", AUGUST_15_2021, ["2026-02-27", "2026-02-27", "day"]],
  ];
  for (const [sentence, anchor, expected] of cases) {
    it(`${JSON.stringify(sentence)} after ${anchor.start}–${anchor.end}`, () => {
      assert.deepEqual(resolved(sentence, FRIDAY, anchor), expected);
    });
  }
});

describe("resolveDateExpression: stated or inferred year", () => {
  const cases: Array<[string, boolean]> = [
    ["The strike on February 27 killed four.", true],
    ["Fighting peaked in February.", true],
    ["Troops stayed from January to March 2024.", false],
    ["Nothing changed since August.", true],
    ["The accord was signed February 27, 2026.", false],
    ["Troops attacked on Friday.", false],
  ];
  for (const [sentence, inferred] of cases) {
    it(`${JSON.stringify(sentence)}: year inferred ${inferred}`, () => {
      const range = resolveDateExpression(onlyExpression(sentence), FRIDAY);
      assert.equal(range?.yearInferred ?? false, inferred);
    });
  }
});

describe("resolveDateExpression: bad input gives null, never an exception", () => {
  const friday = onlyExpression("on Friday");
  it("rejects an invalid reference date", () => {
    assert.equal(resolveDateExpression(friday, "2026-02-30"), null);
    assert.equal(resolveDateExpression(friday, "yesterday"), null);
  });
  it("rejects an invalid anchor", () => {
    const anchor: DateRange = { start: "2021-08-15", end: "2021-08-01", precision: "day" };
    assert.equal(resolveDateExpression(onlyExpression("the next day"), FRIDAY, anchor), null);
  });
  it("rejects an expression that states nothing it can place", () => {
    assert.equal(
      resolveDateExpression({ text: "", start: 0, end: 0, rule: "test", anchor: "absolute" }, FRIDAY),
      null,
    );
    assert.equal(
      resolveDateExpression({ text: "", start: 0, end: 0, rule: "test", anchor: "range" }, FRIDAY),
      null,
    );
  });
});
