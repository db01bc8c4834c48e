import { describe, expect, it } from "vitest";
import { pathOf } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { minimalPlan } from "../support/plans.js";

describe("pathOf", () => {
  it("gives the path of each level, in the form issues use", () => {
    const plan = minimalPlan();
    const area = plan.subGoals[0]!.areas![1]!;
    const activity = area.activities[0]!;
    expect(pathOf(plan, plan)).toEqual([]);
    expect(pathOf(plan, plan.subGoals[1]!)).toEqual(["subGoals", 1]);
    expect(pathOf(plan, area)).toEqual(["subGoals", 0, "areas", 1]);
    expect(pathOf(plan, activity)).toEqual(["subGoals", 0, "areas", 1, "activities", 0]);
    expect(pathOf(plan, activity.followUp.indicators[0]!)).toEqual([
      "subGoals",
      0,
      "areas",
      1,
      "activities",
      0,
      "followUp",
      "indicators",
      0,
    ]);
  });

  it("matches by identity: an equal copy is not in the plan", () => {
    const plan = minimalPlan();
    expect(pathOf(plan, structuredClone(plan.subGoals[0]!))).toBeUndefined();
  });
});

describe("pathOf in a plan without areas", () => {
  it("gives an activity directly under its sub-goal, and its indicator, a path without an area", () => {
    const plan = planWithoutAreas();
    const activity = plan.subGoals[0]!.activities![1]!;
    expect(pathOf(plan, activity)).toEqual(["subGoals", 0, "activities", 1]);
    expect(pathOf(plan, activity.followUp.indicators[0]!)).toEqual(["subGoals", 0, "activities", 1, "followUp", "indicators", 0]);
  });
});
