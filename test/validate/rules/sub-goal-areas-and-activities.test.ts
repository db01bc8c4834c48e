import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("sub_goal_areas_and_activities", () => {
  it("reports a sub-goal with both areas and activities directly under it", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.activities = [activity("1.2")];
    expect(issuesOf(plan, "sub_goal_areas_and_activities")).toEqual([
      {
        code: "sub_goal_areas_and_activities",
        severity: "error",
        path: ["subGoals", 1, "activities"],
        subGoal: "1",
        areas: 1,
        activities: 1,
      },
    ]);
  });

  it("names the level as the plan does, in both languages", () => {
    const plan = planWithoutAreas();
    plan.subGoals[0]!.areas = [];
    const message = (lang: "sv" | "en") =>
      validatePlan(deepFreeze(plan), undefined, { lang }).issues.find((i) => i.code === "sub_goal_areas_and_activities")?.message;
    expect(message("sv")).toBe(
      "Mål 1 har både områden för samhandling (0) och aktiviteter direkt under sig (2); ett delmål har det ena eller det andra.",
    );
    expect(message("en")).toBe(
      "Goal 1 has both areas of collaboration (0) and activities directly under it (2); a sub-goal has one or the other.",
    );
  });

  it("passes sub-goals with only areas, or only activities", () => {
    expect(issuesOf(minimalPlan(), "sub_goal_areas_and_activities")).toEqual([]);
    expect(issuesOf(planWithoutAreas(), "sub_goal_areas_and_activities")).toEqual([]);
  });
});
