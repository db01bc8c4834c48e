import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function localPlan(): Plan {
  const plan: Plan = { ...minimalPlan(), level: "local", id: "vaxjo", parentPlan: "test-2017-2021" };
  plan.subGoals = [
    {
      kind: "sub_goal",
      code: "1",
      text: "Tillgången ska minska.",
      regionalRef: { plan: "test-2017-2021", subGoal: "1" },
      areas: [
        {
          kind: "collaboration_area",
          id: "v-a",
          title: "Tillsyn",
          localTips: [],
          regionalRef: { plan: "test-2017-2021", area: "1-b" },
          activities: [
            activity("1.1", { regionalRef: { plan: "test-2017-2021", activity: "1.1" } }),
            activity("1.2", { regionalRef: { plan: "annan", activity: "1.1" } }),
          ],
        },
      ],
    },
  ];
  return plan;
}

describe("unknown_regional_ref", () => {
  it("reports references to another plan and to elements the regional plan does not have", () => {
    expect(issuesOf(localPlan(), "unknown_regional_ref", { parent: minimalPlan() })).toEqual([
      {
        code: "unknown_regional_ref",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "regionalRef", "area"],
        plan: "test-2017-2021",
        field: "area",
        value: "1-b",
      },
      {
        code: "unknown_regional_ref",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "regionalRef", "plan"],
        plan: "annan",
        field: "plan",
        value: "annan",
      },
    ]);
  });

  it("passes references that resolve, and checks nothing without a parent", () => {
    const plan = localPlan();
    plan.subGoals[0]!.areas[0]!.regionalRef = { plan: "test-2017-2021", subGoal: "F", area: "f-b", activity: "F.3" };
    plan.subGoals[0]!.areas[0]!.activities.pop();
    expect(issuesOf(plan, "unknown_regional_ref", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(localPlan(), "unknown_regional_ref")).toEqual([]);
  });
});
