import { describe, expect, it } from "vitest";
import { andt2016 } from "../../../src/fixtures/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("period_outside_strategy", () => {
  it("reports a plan period that reaches beyond a given strategy's period", () => {
    expect(issuesOf(minimalPlan(), "period_outside_strategy", { strategies: [andt2016] })).toEqual([
      {
        code: "period_outside_strategy",
        severity: "warning",
        path: ["period"],
        strategy: "andt-2016-2020",
        period: { start: "2017", end: "2021" },
        strategyPeriod: { start: "2016", end: "2020" },
      },
    ]);
  });

  it("passes a period within the strategy's, and strategies not given", () => {
    const plan = minimalPlan();
    plan.period = { start: "2016-06", end: "2020-12-31" };
    expect(issuesOf(plan, "period_outside_strategy", { strategies: [andt2016] })).toEqual([]);
    expect(issuesOf(minimalPlan(), "period_outside_strategy")).toEqual([]);
  });
});
