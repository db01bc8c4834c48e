import { describe, expect, it } from "vitest";
import { type Plan, validatePlan } from "../../../src/index.js";
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
        planTitle: "Testplan",
        field: "area",
        value: "1-b",
      },
      {
        code: "unknown_regional_ref",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "regionalRef", "plan"],
        plan: "test-2017-2021",
        planTitle: "Testplan",
        field: "plan",
        value: "annan",
      },
    ]);
  });

  it("passes references that resolve, and checks nothing without a parent", () => {
    const plan = localPlan();
    plan.subGoals[0]!.areas![0]!.regionalRef = { plan: "test-2017-2021", subGoal: "F", area: "f-b", activity: "F.3" };
    plan.subGoals[0]!.areas![0]!.activities.pop();
    expect(issuesOf(plan, "unknown_regional_ref", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(localPlan(), "unknown_regional_ref")).toEqual([]);
  });

  it("names the regional plan by title and id once, and leaves a parent of another id to parent_mismatch", () => {
    const messages = validatePlan(localPlan(), { parent: minimalPlan() }, { lang: "en" })
      .issues.filter((f) => f.code === "unknown_regional_ref")
      .map((f) => f.message);
    expect(messages).toEqual([
      'The regional plan "Testplan" (test-2017-2021) has no area "1-b".',
      'The reference names plan annan, not the regional plan "Testplan" (test-2017-2021).',
    ]);
    // Given a parent of another id, the references to parentPlan are not repeated: only the one to "annan" is.
    const other = { ...minimalPlan(), id: "kronoberg-2022-2025" };
    expect(issuesOf(localPlan(), "unknown_regional_ref", { parent: other }).map((f) => f.path)).toEqual([
      ["subGoals", 0, "areas", 0, "activities", 1, "regionalRef", "plan"],
    ]);
  });
});
