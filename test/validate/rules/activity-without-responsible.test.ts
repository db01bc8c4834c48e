import { describe, expect, it } from "vitest";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_without_responsible", () => {
  it("reports an activity whose responsible cell names no actor", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { responsible: { text: "Alla", actors: [] } });
    expect(issuesOf(plan, "activity_without_responsible")).toEqual([
      {
        code: "activity_without_responsible",
        severity: "error",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "responsible", "actors"],
        activity: "1.1",
      },
    ]);
  });

  it("passes activities with a responsible actor", () => {
    expect(issuesOf(minimalPlan(), "activity_without_responsible")).toEqual([]);
  });
});
