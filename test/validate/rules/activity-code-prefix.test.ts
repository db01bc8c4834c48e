import { describe, expect, it } from "vitest";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_code_prefix", () => {
  it("reports an activity whose code does not start with its sub-goal's code and a dot", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("F.4");
    plan.subGoals[0]!.areas![1]!.activities[0] = activity("F3");
    expect(issuesOf(plan, "activity_code_prefix")).toEqual([
      {
        code: "activity_code_prefix",
        severity: "error",
        path: ["subGoals", 0, "areas", 1, "activities", 0, "code"],
        expected: "F.",
        received: "F3",
      },
      {
        code: "activity_code_prefix",
        severity: "error",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "code"],
        expected: "1.",
        received: "F.4",
      },
    ]);
  });

  it("passes codes that carry their sub-goal's code", () => {
    expect(issuesOf(minimalPlan(), "activity_code_prefix")).toEqual([]);
  });
});
