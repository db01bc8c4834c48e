import { describe, expect, it } from "vitest";
import { type Indicator, type Measure, type Target, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function planWith(indicators: Indicator[]) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Uppföljning.", indicators } });
  return plan;
}

const indicator = (n: number, measure: Measure, target: Target): Indicator => ({
  kind: "indicator",
  id: `1.1-${n}`,
  text: "Uppföljning.",
  measure,
  target,
});
const at = (n: number, ...rest: (string | number)[]) => [
  "subGoals",
  1,
  "areas",
  0,
  "activities",
  0,
  "followUp",
  "indicators",
  n,
  "target",
  ...rest,
];
const coverage: Measure = { type: "coverage", of: "county_municipalities" };

describe("target_not_applicable", () => {
  it("reports values for accounts, milestones and cycles, shares above 1 and coverage above the municipalities", () => {
    const plan = planWith([
      indicator(1, { type: "qualitative" }, { per: "year", value: 1 }),
      indicator(2, { type: "milestone", deadline: "2017-12-31" }, { per: "period", value: 1, deadline: "2017-12-31" }),
      indicator(3, { type: "cycle", everyYears: 2 }, { per: "period", yearly: [{ year: 2017, value: 1 }] }),
      indicator(
        4,
        { type: "share", higherIsBetter: true },
        {
          per: "period",
          value: 80,
          yearly: [
            { year: 2018, value: 0.5 },
            { year: 2019, value: 1.2 },
          ],
        },
      ),
      indicator(5, coverage, { per: "period", value: 9, text: "länets 9 kommuner" }),
      indicator(6, { ...coverage, total: 5 }, { per: "period", value: 6 }),
    ]);
    expect(issuesOf(plan, "target_not_applicable")).toEqual([
      { code: "target_not_applicable", severity: "error", path: at(0, "value"), indicator: "1.1-1", measure: "qualitative", received: 1 },
      { code: "target_not_applicable", severity: "error", path: at(1, "value"), indicator: "1.1-2", measure: "milestone", received: 1 },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(2, "yearly", 0, "value"),
        indicator: "1.1-3",
        measure: "cycle",
        received: 1,
      },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(3, "value"),
        indicator: "1.1-4",
        measure: "share",
        received: 80,
        maximum: 1,
      },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(3, "yearly", 1, "value"),
        indicator: "1.1-4",
        measure: "share",
        received: 1.2,
        maximum: 1,
      },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(4, "value"),
        indicator: "1.1-5",
        measure: "coverage",
        received: 9,
        maximum: 8,
      },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(5, "value"),
        indicator: "1.1-6",
        measure: "coverage",
        received: 6,
        maximum: 5,
      },
    ]);
    const sv = validatePlan(plan)
      .issues.filter((f) => f.code === "target_not_applicable")
      .map((f) => f.message);
    expect([sv[0], sv[5]]).toEqual([
      "Indikator 1.1-1 är en skriftlig redovisning, som inte har något målvärde, men målet anger 1.",
      "Indikator 1.1-5 är en täckning av länets kommuner och kan nå högst 8, men målet anger 9.",
    ]);
    const en = validatePlan(plan, {}, { lang: "en" })
      .issues.filter((f) => f.code === "target_not_applicable")
      .map((f) => f.message);
    expect([en[1], en[3]]).toEqual([
      "Indicator 1.1-2 is a milestone, which has no target value, but the target gives 1.",
      "Indicator 1.1-4 is a share and can reach at most 1, but the target gives 80.",
    ]);
  });

  it("takes a per cent's target in per cent: at most 100, and 35 is 35 %, not above a share's 1", () => {
    const plan = planWith([
      indicator(1, { type: "percent", higherIsBetter: false }, { per: "period", value: 35, yearly: [{ year: 2018, value: 120 }] }),
    ]);
    expect(issuesOf(plan, "target_not_applicable")).toEqual([
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(0, "yearly", 0, "value"),
        indicator: "1.1-1",
        measure: "percent",
        received: 120,
        maximum: 100,
      },
    ]);
    const message = (lang: "sv" | "en") => validatePlan(plan, {}, { lang }).issues.find((f) => f.code === "target_not_applicable")?.message;
    expect(message("sv")).toBe("Indikator 1.1-1 är en procentsats och kan nå högst 100, men målet anger 120.");
    expect(message("en")).toBe("Indicator 1.1-1 is a percentage and can reach at most 100, but the target gives 120.");
  });

  it("passes targets that fit: deadlines without value, shares up to 1, coverage up to the total or the county's count", () => {
    const plan = planWith([
      indicator(1, { type: "qualitative" }, { per: "period", text: "Redovisning" }),
      indicator(2, { type: "milestone" }, { per: "period", deadline: "2017-12-31", text: "Under 2017" }),
      indicator(3, { type: "share" }, { per: "period", value: 1, yearly: [{ year: 2018, value: 0.4 }] }),
      indicator(4, coverage, { per: "period", value: 8, text: "länets 8 kommuner" }),
      indicator(5, { ...coverage, total: 12 }, { per: "period", value: 10 }),
      indicator(6, { type: "count", aggregation: "sum" }, { per: "year", value: 1000 }),
    ]);
    expect(issuesOf(plan, "target_not_applicable")).toEqual([]);
  });

  it("has no maximum for coverage in a county the reference data does not hold, unless the measure gives a total", () => {
    const plan = planWith([
      indicator(1, coverage, { per: "period", value: 99 }),
      indicator(2, { ...coverage, total: 3 }, { per: "period", value: 4 }),
    ]);
    const reference = { counties: [], municipalities: [] };
    expect(issuesOf(plan, "target_not_applicable", { reference })).toEqual([
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(1, "value"),
        indicator: "1.1-2",
        measure: "coverage",
        received: 4,
        maximum: 3,
      },
    ]);
  });
});

describe("target_not_applicable on a coverage of a declared set", () => {
  it("takes the set's own total, or its members, as the maximum, and names the set", () => {
    const plan = planWith([
      indicator(1, { type: "coverage", of: "schools", total: 20 }, { per: "period", value: 21 }),
      indicator(2, { type: "coverage", of: "retailers", members: ["Ica", "Coop"] }, { per: "period", value: 2 }),
      indicator(3, { type: "coverage", of: "retailers", members: ["Ica", "Coop"] }, { per: "period", value: 3 }),
    ]);
    expect(issuesOf(plan, "target_not_applicable")).toEqual([
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(0, "value"),
        indicator: "1.1-1",
        measure: "coverage",
        of: "schools",
        received: 21,
        maximum: 20,
      },
      {
        code: "target_not_applicable",
        severity: "error",
        path: at(2, "value"),
        indicator: "1.1-3",
        measure: "coverage",
        of: "retailers",
        received: 3,
        maximum: 2,
      },
    ]);
    const messages = (lang: "sv" | "en") =>
      validatePlan(plan, undefined, { lang })
        .issues.filter((i) => i.code === "target_not_applicable")
        .map((i) => i.message);
    expect(messages("sv")).toEqual([
      "Indikator 1.1-1 är en täckning av skolor och kan nå högst 20, men målet anger 21.",
      "Indikator 1.1-3 är en täckning av butiker och kan nå högst 2, men målet anger 3.",
    ]);
    expect(messages("en")[0]).toBe("Indicator 1.1-1 is a coverage of schools and can reach at most 20, but the target gives 21.");
  });
});
