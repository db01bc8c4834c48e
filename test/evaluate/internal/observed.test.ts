import { describe, expect, it } from "vitest";
import { yearNumber, yearUnits } from "../../../src/evaluate/internal/observed.js";
import { evaluatePlan, type Measure, type Observation, reportMarkdown } from "../../../src/index.js";
import { unitsPlan } from "../../support/units.js";

const count: Measure = { type: "count", aggregation: "sum", countsPeople: true };
const state: Measure = { type: "count", aggregation: "latest" };
const half = (end: string, centrum: number, norr: number): Observation => ({
  indicator: "F.1-1",
  year: 2018,
  period: { start: end.slice(0, 4), end },
  value: centrum + norr,
  byUnit: {
    district: [
      { unit: "Centrum", value: centrum },
      { unit: "Norr", value: norr },
    ],
  },
});

describe("yearUnits", () => {
  it("sums a per-year count unit by unit: spring 4 + autumn 6 = 10 in Centrum, 7 + 2 = 9 in Norr", () => {
    const autumn = half("2018-12", 6, 2);
    autumn.byUnit?.district?.push({ unit: "Söder", value: 3 });
    expect(yearUnits(count, [half("2018-06", 4, 7), autumn])).toEqual({
      district: [
        { unit: "Centrum", value: 10 },
        { unit: "Norr", value: 9 },
        { unit: "Söder", value: 3 },
      ],
    });
  });

  it("takes the latest observation's parts for a state, and the one observation's own (no copy: the evaluation refers to its inputs)", () => {
    const spring = half("2018-06", 4, 7);
    expect(yearUnits(state, [half("2018-12", 6, 2), spring])).toEqual({
      district: [
        { unit: "Centrum", value: 6 },
        { unit: "Norr", value: 2 },
      ],
    });
    const one = yearUnits(count, [spring]);
    expect(one).toBe(spring.byUnit);
  });

  it("has nothing without parts", () => {
    expect(yearUnits(count, [{ indicator: "F.1-1", year: 2018, value: 3 }])).toBeUndefined();
  });
});

describe("yearNumber of a coverage of a declared set listed by its members", () => {
  const premises: Measure = { type: "coverage", of: "licensed_premises", members: ["Krogen", "Puben", "Baren"] };
  const listing = (units: { unit: string; value?: number }[]): Observation => ({ indicator: "F.3-3", year: 2019, byUnit: { unit: units } });

  it("counts the distinct members listed, leaving out those with value 0: Krogen and Puben of 3 give 2", () => {
    expect(yearNumber(premises, [listing([{ unit: "Krogen" }, { unit: "Puben", value: 1 }, { unit: "Baren", value: 0 }])])).toBe(2);
    expect(yearNumber(premises, [{ ...listing([{ unit: "Krogen" }]), value: 3 }])).toBe(3);
  });

  it("is evaluated and printed as '2 av 3 serveringsställen'", () => {
    const plan = unitsPlan();
    const indicator = plan.subGoals[0]?.areas?.[1]?.activities[0]?.followUp.indicators[2];
    if (indicator === undefined) throw new Error("no F.3-3");
    indicator.measure = premises;
    delete indicator.target;
    const evaluation = evaluatePlan(plan, [listing([{ unit: "Krogen" }, { unit: "Puben" }])], { asOf: "2020-03-31" });
    const year = evaluation.subGoals[0]?.areas[1]?.activities[0]?.indicators[2]?.years.find((y) => y.year === 2019);
    expect(year?.value).toBe(2);
    expect(reportMarkdown(evaluation, { year: 2019 })).toContain("| 2 av 3 serveringsställen | – |");
  });
});
