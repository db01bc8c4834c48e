import { describe, expect, it } from "vitest";
import { findActivity } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { minimalPlan } from "../support/plans.js";

describe("findActivity", () => {
  it("finds an activity by its exact code", () => {
    const plan = minimalPlan();
    expect(findActivity(plan, "F.3")).toBe(plan.subGoals[0]?.areas?.[1]?.activities[0]);
  });

  it("returns undefined for a code the plan does not have, and compares codes exactly", () => {
    expect(findActivity(minimalPlan(), "9.9")).toBeUndefined();
    expect(findActivity(minimalPlan(), "f.1")).toBeUndefined();
  });
});

describe("findActivity in a plan without areas", () => {
  it("finds an activity directly under a sub-goal", () => {
    const plan = planWithoutAreas();
    expect(findActivity(plan, "2.1")).toBe(plan.subGoals[1]!.activities![0]);
    expect(findActivity(plan, "2.2")).toBeUndefined();
  });
});
