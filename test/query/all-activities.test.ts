import { describe, expect, it } from "vitest";
import { allActivities } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

describe("allActivities", () => {
  it("lists every activity in document order", () => {
    expect(allActivities(minimalPlan()).map((a) => a.code)).toEqual(["F.1", "F.2", "F.3", "1.1"]);
  });

  it("returns an empty list for a plan without sub-goals, and leaves the plan as it was", () => {
    const plan = deepFreeze({ ...minimalPlan(), subGoals: [] });
    expect(allActivities(plan)).toEqual([]);
  });
});

describe("allActivities in a plan without areas", () => {
  it("lists the activities directly under each sub-goal, in document order", () => {
    expect(allActivities(planWithoutAreas()).map((a) => a.code)).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("lists a sub-goal's own activities before its areas' when it has both", () => {
    const plan = planWithoutAreas();
    plan.subGoals[1]!.areas = [{ kind: "collaboration_area", id: "2-a", title: "Område 2A", activities: [activity("2.2")], localTips: [] }];
    expect(allActivities(plan).map((a) => a.code)).toEqual(["1.1", "1.2", "2.1", "2.2"]);
  });
});
