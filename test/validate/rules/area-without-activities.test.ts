import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("area_without_activities", () => {
  it("reports an area with no activities", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![1]!.activities = [];
    expect(issuesOf(plan, "area_without_activities")).toEqual([
      { code: "area_without_activities", severity: "warning", path: ["subGoals", 0, "areas", 1], area: "f-b" },
    ]);
  });

  it("passes areas with activities", () => {
    expect(issuesOf(minimalPlan(), "area_without_activities")).toEqual([]);
  });
});
