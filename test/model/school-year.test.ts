import { describe, expect, it } from "vitest";
import { checkObservations, evaluatePlan, type IndicatorYear, type Observation, schoolYear } from "../../src/index.js";
import { unitsPlan } from "../support/units.js";

describe("schoolYear", () => {
  it("is August of the year before to June of the year", () => {
    expect(schoolYear(2019)).toEqual({ start: "2018-08", end: "2019-06" });
    expect(schoolYear(2017)).toEqual({ start: "2016-08", end: "2017-06" });
  });
});

// The worked example of docs/follow-up.md: parent meetings four times every school year (F.2-1, plan 2017–2021).
describe("a frequency counted per school year, followed up", () => {
  const plan = unitsPlan();
  const observations: Observation[] = [
    // Läsåret 2016/17 ends in the plan's first year, so it is 2017's value.
    { indicator: "F.2-1", year: 2017, period: schoolYear(2017), value: 4 },
    // Läsåret 2017/18, reported as its two terms: 2 + 1 = 3 meetings.
    { indicator: "F.2-1", year: 2018, period: { start: "2017-08", end: "2017-12" }, value: 2 },
    { indicator: "F.2-1", year: 2018, period: { start: "2018-01", end: "2018-06" }, value: 1 },
    // Läsåret 2018/19: nothing reported. Läsåret 2019/20, 2020's, is done but 2020 has not ended on asOf.
    { indicator: "F.2-1", year: 2020, period: schoolYear(2020), value: 4 },
  ];
  const evaluation = evaluatePlan(plan, observations, { asOf: "2020-09-30" });
  const years = evaluation.subGoals[0]?.areas[0]?.activities[1]?.indicators[0]?.years as IndicatorYear[];

  it("gives each school year's value to the calendar year in which it ends, judged against the times per school year", () => {
    expect(checkObservations(plan, observations)).toEqual([]);
    expect(years.map((y) => [y.year, y.status, y.value, y.target])).toEqual([
      [2017, "met", 4, 4],
      [2018, "partly_met", 3, 4],
      [2019, "missing", undefined, undefined],
      [2020, "not_yet_due", 4, undefined],
      [2021, "not_yet_due", undefined, undefined],
    ]);
    expect(years[1]?.message).toBe("3 av målet 4 (75 %).");
  });
});
