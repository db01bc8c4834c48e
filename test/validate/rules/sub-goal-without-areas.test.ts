import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("sub_goal_without_areas", () => {
  it("reports a sub-goal with no areas", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas = [];
    expect(issuesOf(plan, "sub_goal_without_areas")).toEqual([
      { code: "sub_goal_without_areas", severity: "warning", path: ["subGoals", 1], subGoal: "1" },
    ]);
  });

  it("passes sub-goals with areas", () => {
    expect(issuesOf(minimalPlan(), "sub_goal_without_areas")).toEqual([]);
  });
});
