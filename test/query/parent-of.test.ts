import { describe, expect, it } from "vitest";
import { parentOf } from "../../src/index.js";
import { minimalPlan } from "../support/plans.js";

describe("parentOf", () => {
  it("walks one level up at each level", () => {
    const plan = minimalPlan();
    const goal = plan.subGoals[1]!;
    const area = goal.areas![0]!;
    const activity = area.activities[0]!;
    expect(parentOf(plan, activity.followUp.indicators[0]!)).toBe(activity);
    expect(parentOf(plan, activity)).toBe(area);
    expect(parentOf(plan, area)).toBe(goal);
    expect(parentOf(plan, goal)).toBe(plan);
  });

  it("returns undefined for the plan itself and for elements of another plan", () => {
    const plan = minimalPlan();
    expect(parentOf(plan, plan)).toBeUndefined();
    expect(parentOf(plan, minimalPlan().subGoals[0]!)).toBeUndefined();
  });
});
