import { describe, expect, it } from "vitest";
import { activitiesIn, activitiesOf, areasIn, areasOf, indicatorsOf, traverse } from "../../src/model/traverse.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, minimalPlan } from "../support/plans.js";

describe("traverse", () => {
  it("walks a plan without areas: each activity's parent is its sub-goal, and no visit has an area", () => {
    const plan = planWithoutAreas();
    const visits = [...traverse(plan)];
    expect(visits.map((v) => [v.node.kind, v.path.join("."), v.parent?.kind])).toEqual([
      ["plan", "", undefined],
      ["sub_goal", "subGoals.0", "plan"],
      ["activity", "subGoals.0.activities.0", "sub_goal"],
      ["indicator", "subGoals.0.activities.0.followUp.indicators.0", "activity"],
      ["activity", "subGoals.0.activities.1", "sub_goal"],
      ["indicator", "subGoals.0.activities.1.followUp.indicators.0", "activity"],
      ["sub_goal", "subGoals.1", "plan"],
      ["activity", "subGoals.1.activities.0", "sub_goal"],
      ["indicator", "subGoals.1.activities.0.followUp.indicators.0", "activity"],
    ]);
    expect(visits.some((v) => "area" in v)).toBe(false);
    expect(areasOf(plan)).toEqual([]);
    expect(activitiesOf(plan).map((v) => [v.subGoal.code, v.activity.code, v.area])).toEqual([
      ["1", "1.1", undefined],
      ["1", "1.2", undefined],
      ["2", "2.1", undefined],
    ]);
    expect(indicatorsOf(plan).map((v) => v.indicator.id)).toEqual(["1.1-1", "1.2-1", "2.1-1"]);
  });

  it("gives a sub-goal's own activities before its areas', and none of either where it has none", () => {
    const goal = { ...minimalPlan().subGoals[1]!, activities: [activity("1.0")] };
    expect(activitiesIn(goal).map((a) => a.code)).toEqual(["1.0", "1.1"]);
    expect(areasIn(planWithoutAreas().subGoals[0]!)).toEqual([]);
    const { areas: _areas, ...bare } = minimalPlan().subGoals[1]!;
    expect(activitiesIn(bare)).toEqual([]);
  });
});
