import { describe, expect, it } from "vitest";
import { parentOf } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
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

describe("parentOf in a plan without areas", () => {
  it("gives the sub-goal as the parent of an activity directly under it", () => {
    const plan = planWithoutAreas();
    const goal = plan.subGoals[1]!;
    const activity = goal.activities![0]!;
    expect(parentOf(plan, activity)).toBe(goal);
    expect(parentOf(plan, activity.followUp.indicators[0]!)).toBe(activity);
  });
});
