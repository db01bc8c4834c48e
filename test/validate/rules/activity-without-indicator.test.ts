import { describe, expect, it } from "vitest";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_without_indicator", () => {
  it("reports an activity with no indicator", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.2", { followUp: { text: "Genomförd.", indicators: [] } });
    expect(issuesOf(plan, "activity_without_indicator")).toEqual([
      {
        code: "activity_without_indicator",
        severity: "warning",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators"],
        activity: "F.2",
      },
    ]);
  });

  it("passes activities with indicators", () => {
    expect(issuesOf(minimalPlan(), "activity_without_indicator")).toEqual([]);
  });
});
