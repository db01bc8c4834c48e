import { describe, expect, it } from "vitest";
import { removeSubGoal } from "../../src/edit/remove-sub-goal.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeSubGoal", () => {
  it("removes sub-goal 1 with its area and activity", () => {
    const plan = deepFreeze(minimalPlan());
    const result = removeSubGoal(plan, { code: "1" });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([{ op: "remove", path: "/subGoals/1" }]);
    expect(result.inversePatches).toEqual([{ op: "add", path: "/subGoals/1", value: plan.subGoals[1] }]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown code", () => {
    expect(brief(removeSubGoal(deepFreeze(minimalPlan()), { code: "9" }))).toEqual([
      ["not_found", "error", [], "Det finns inget delmål med koden 9."],
    ]);
  });
});
