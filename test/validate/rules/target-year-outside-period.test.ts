import { describe, expect, it } from "vitest";
import { type Indicator, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function planWith(indicators: Indicator[]) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Antal.", indicators } });
  return plan;
}

const at = (n: number, ...rest: (string | number)[]) => ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", n, ...rest];
const period = { start: "2017", end: "2021" };

describe("target_year_outside_period", () => {
  it("reports year targets and deadlines outside the period, and a baseline after it", () => {
    const plan = planWith([
      {
        kind: "indicator",
        id: "1.1-1",
        text: "Antal.",
        measure: { type: "count", aggregation: "sum" },
        target: {
          per: "period",
          value: 4,
          deadline: "2022-06",
          yearly: [
            { year: 2016, value: 1 },
            { year: 2018, value: 1 },
            { year: 2022, value: 2 },
          ],
        },
        baseline: { year: 2022, value: 0 },
      },
      { kind: "indicator", id: "1.1-2", text: "Klart.", measure: { type: "milestone" }, target: { per: "period", deadline: "2016-12-31" } },
    ]);
    expect(issuesOf(plan, "target_year_outside_period")).toEqual([
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(0, "target", "deadline"),
        indicator: "1.1-1",
        field: "deadline",
        received: "2022-06",
        period,
      },
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(0, "target", "yearly", 0, "year"),
        indicator: "1.1-1",
        field: "yearly",
        received: "2016",
        period,
      },
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(0, "target", "yearly", 2, "year"),
        indicator: "1.1-1",
        field: "yearly",
        received: "2022",
        period,
      },
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(0, "baseline", "year"),
        indicator: "1.1-1",
        field: "baseline",
        received: "2022",
        period,
      },
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(1, "target", "deadline"),
        indicator: "1.1-2",
        field: "deadline",
        received: "2016-12-31",
        period,
      },
    ]);
    const messages = (lang: "sv" | "en") =>
      validatePlan(plan, {}, { lang })
        .issues.filter((f) => f.code === "target_year_outside_period")
        .map((f) => f.message);
    expect([messages("sv")[0], messages("sv")[3]]).toEqual([
      "Indikator 1.1-1: målets deadline 2022-06 ligger utanför planens period 2017–2021.",
      "Indikator 1.1-1: baslinjens år 2022 ligger efter planens period 2017–2021.",
    ]);
    expect(messages("en")[1]).toBe("Indicator 1.1-1: the year target's year 2016 is outside the plan's period 2017–2021.");
  });

  it("checks a milestone's measure.deadline with the target dates, in both languages", () => {
    const plan = planWith([
      { kind: "indicator", id: "1.1-1", text: "Klart.", measure: { type: "milestone", deadline: "2022-03" } },
      { kind: "indicator", id: "1.1-2", text: "Klart.", measure: { type: "milestone", deadline: "2021-12" } },
    ]);
    expect(issuesOf(plan, "target_year_outside_period")).toEqual([
      {
        code: "target_year_outside_period",
        severity: "error",
        path: at(0, "measure", "deadline"),
        indicator: "1.1-1",
        field: "measureDeadline",
        received: "2022-03",
        period,
      },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, {}, { lang }).issues.find((f) => f.code === "target_year_outside_period")?.message;
    expect(message("sv")).toBe("Indikator 1.1-1: milstolpens deadline 2022-03 ligger utanför planens period 2017–2021.");
    expect(message("en")).toBe("Indicator 1.1-1: the milestone's deadline 2022-03 is outside the plan's period 2017–2021.");
  });

  it("passes years and deadlines within the period, and a baseline before it or in it", () => {
    const plan = planWith([
      {
        kind: "indicator",
        id: "1.1-1",
        text: "Antal.",
        measure: { type: "count", aggregation: "sum" },
        target: {
          per: "period",
          value: 2,
          deadline: "2021-12-31",
          yearly: [
            { year: 2017, value: 1 },
            { year: 2021, value: 1 },
          ],
        },
        baseline: { year: 2015, text: "Kartläggning 2015" },
      },
      {
        kind: "indicator",
        id: "1.1-2",
        text: "Antal.",
        measure: { type: "count", aggregation: "latest" },
        baseline: { year: 2021, value: 3 },
      },
    ]);
    expect(issuesOf(plan, "target_year_outside_period")).toEqual([]);
  });
});
