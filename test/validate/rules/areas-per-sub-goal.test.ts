import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("areas_per_sub_goal", () => {
  it("reports a sub-goal with another number of areas than the policy sets", () => {
    expect(issuesOf(minimalPlan(), "areas_per_sub_goal", { policy: { areasPerSubGoal: 2 } })).toEqual([
      { code: "areas_per_sub_goal", severity: "warning", path: ["subGoals", 1, "areas"], subGoal: "1", expected: 2, received: 1 },
    ]);
  });

  it("checks nothing without a policy, and passes sub-goals that meet it", () => {
    expect(issuesOf(minimalPlan(), "areas_per_sub_goal")).toEqual([]);
    const plan = minimalPlan();
    plan.subGoals.pop();
    expect(issuesOf(plan, "areas_per_sub_goal", { policy: { areasPerSubGoal: 2 } })).toEqual([]);
  });
});
