import { describe, expect, it } from "vitest";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("schedule_outside_period", () => {
  it("reports schedule years and a deadline outside the plan's period", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", {
      schedule: { text: "2016 och 2018, senast 2022-01", years: [2016, 2018], deadline: "2022-01" },
    });
    expect(issuesOf(plan, "schedule_outside_period")).toEqual([
      {
        code: "schedule_outside_period",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "schedule", "years", 0],
        received: "2016",
        period: { start: "2017", end: "2021" },
      },
      {
        code: "schedule_outside_period",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "schedule", "deadline"],
        received: "2022-01",
        period: { start: "2017", end: "2021" },
      },
    ]);
  });

  it("passes a schedule within the period", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", {
      schedule: { text: "Under 2017", years: [2017, 2021], deadline: "2021-12-31" },
    });
    expect(issuesOf(plan, "schedule_outside_period")).toEqual([]);
  });
});
