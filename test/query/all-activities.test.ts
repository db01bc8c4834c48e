import { describe, expect, it } from "vitest";
import { allActivities } from "../../src/index.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("allActivities", () => {
  it("lists every activity in document order", () => {
    expect(allActivities(minimalPlan()).map((a) => a.code)).toEqual(["F.1", "F.2", "F.3", "1.1"]);
  });

  it("returns an empty list for a plan without sub-goals, and leaves the plan as it was", () => {
    const plan = deepFreeze({ ...minimalPlan(), subGoals: [] });
    expect(allActivities(plan)).toEqual([]);
  });
});
