import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { deepFreeze, minimalPlan } from "../../support/plans.js";
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

describe("sub_goal_without_areas in a plan without an area level", () => {
  it("passes a sub-goal with activities directly under it", () => {
    expect(issuesOf(planWithoutAreas(), "sub_goal_without_areas")).toEqual([]);
  });

  it("reports a sub-goal with neither areas nor activities as without activities, named as the plan names it", () => {
    const plan = planWithoutAreas();
    plan.subGoals[1]!.activities = [];
    expect(issuesOf(plan, "sub_goal_without_areas")).toEqual([
      { code: "sub_goal_without_areas", severity: "warning", path: ["subGoals", 1], subGoal: "2", areaLevel: false },
    ]);
    const messages = (["sv", "en"] as const).map(
      (lang) => validatePlan(deepFreeze(plan), undefined, { lang }).issues.find((i) => i.code === "sub_goal_without_areas")?.message,
    );
    expect(messages).toEqual(["Mål 2 har inga aktiviteter.", "Goal 2 has no activities."]);
  });

  it("keeps the library's words where the plan names no level", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas = [];
    expect(validatePlan(deepFreeze(plan)).issues.find((i) => i.code === "sub_goal_without_areas")?.message).toBe(
      "Delmål 1 har inga områden för samhandling.",
    );
  });
});
