import { describe, expect, it } from "vitest";
import { type Plan, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

/** A local plan with one area whose regionalRef is `ref`; the support plan's areas: F: f-a (F.1, F.2), f-b (F.3); 1: 1-a (1.1). */
function localWith(ref: Plan["subGoals"][number]["regionalRef"]): Plan {
  const plan: Plan = { ...minimalPlan(), level: "local", id: "vaxjo", parentPlan: "test-2017-2021" };
  plan.subGoals = structuredClone(plan.subGoals);
  plan.subGoals[0]!.areas![0]!.regionalRef = ref;
  return plan;
}

const at = ["subGoals", 0, "areas", 0, "regionalRef"];
const base = { code: "regional_ref_mismatch", severity: "error", plan: "test-2017-2021", planTitle: "Testplan" } as const;

describe("regional_ref_mismatch", () => {
  it("reports an area named under a sub-goal it is not under", () => {
    const plan = localWith({ plan: "test-2017-2021", subGoal: "1", area: "f-b" });
    expect(issuesOf(plan, "regional_ref_mismatch", { parent: minimalPlan() })).toEqual([
      { ...base, path: [...at, "area"], field: "area", value: "f-b", named: "1", actual: "F" },
    ]);
    expect(
      validatePlan(plan, { parent: minimalPlan() }, { lang: "en" }).issues.find((f) => f.code === "regional_ref_mismatch")?.message,
    ).toBe('In the regional plan "Testplan" (test-2017-2021), area f-b lies under sub-goal F, not under 1.');
  });

  it("reports an activity named under an area, or without an area under a sub-goal, it is not under", () => {
    expect(
      issuesOf(localWith({ plan: "test-2017-2021", area: "f-a", activity: "F.3" }), "regional_ref_mismatch", { parent: minimalPlan() }),
    ).toEqual([{ ...base, path: [...at, "activity"], field: "activity", value: "F.3", named: "f-a", actual: "f-b" }]);
    expect(
      issuesOf(localWith({ plan: "test-2017-2021", subGoal: "1", activity: "F.3" }), "regional_ref_mismatch", { parent: minimalPlan() }),
    ).toEqual([{ ...base, path: [...at, "activity"], field: "activity", value: "F.3", named: "1", actual: "F" }]);
  });

  it("passes consistent references, leaves unknown elements to unknown_regional_ref, and needs a parent", () => {
    const consistent = localWith({ plan: "test-2017-2021", subGoal: "F", area: "f-b", activity: "F.3" });
    expect(issuesOf(consistent, "regional_ref_mismatch", { parent: minimalPlan() })).toEqual([]);
    const unknown = localWith({ plan: "test-2017-2021", subGoal: "1", area: "x-z", activity: "9.9" });
    expect(issuesOf(unknown, "regional_ref_mismatch", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(localWith({ plan: "test-2017-2021", subGoal: "1", area: "f-b" }), "regional_ref_mismatch")).toEqual([]);
  });
});

describe("regional_ref_mismatch with a regional plan without areas under a sub-goal", () => {
  it("reports an activity named under an area when it lies directly under its sub-goal", () => {
    const parent = minimalPlan();
    parent.subGoals[1] = { ...parent.subGoals[1]!, activities: [activity("1.1")] };
    delete parent.subGoals[1].areas;
    const plan = localWith({ plan: "test-2017-2021", area: "f-a", activity: "1.1" });
    expect(issuesOf(plan, "regional_ref_mismatch", { parent })).toEqual([
      { ...base, path: [...at, "activity"], field: "activity", value: "1.1", named: "f-a", actual: "1", under: "sub_goal" },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, { parent }, { lang }).issues.find((f) => f.code === "regional_ref_mismatch")?.message;
    expect(message("sv")).toBe(
      'I den regionala planen "Testplan" (test-2017-2021) ligger aktiviteten 1.1 direkt under delmål 1, inte under område f-a.',
    );
    expect(message("en")).toBe(
      'In the regional plan "Testplan" (test-2017-2021), activity 1.1 lies directly under sub-goal 1, not under area f-a.',
    );
  });

  it("passes an activity named under the sub-goal it lies directly under", () => {
    const parent = minimalPlan();
    parent.subGoals[1] = { ...parent.subGoals[1]!, activities: [activity("1.1")] };
    delete parent.subGoals[1].areas;
    expect(issuesOf(localWith({ plan: "test-2017-2021", subGoal: "1", activity: "1.1" }), "regional_ref_mismatch", { parent })).toEqual([]);
  });
});
