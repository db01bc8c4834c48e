import { describe, expect, it } from "vitest";
import { findActivity } from "../../src/index.js";
import { minimalPlan } from "../support/plans.js";

describe("findActivity", () => {
  it("finds an activity by its exact code", () => {
    const plan = minimalPlan();
    expect(findActivity(plan, "F.3")).toBe(plan.subGoals[0]?.areas![1]?.activities[0]);
  });

  it("returns undefined for a code the plan does not have, and compares codes exactly", () => {
    expect(findActivity(minimalPlan(), "9.9")).toBeUndefined();
    expect(findActivity(minimalPlan(), "f.1")).toBeUndefined();
  });
});
