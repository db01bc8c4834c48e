import { describe, expect, it } from "vitest";
import { moveSubGoal } from "../../src/edit/move-sub-goal.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("moveSubGoal", () => {
  it("moves F after sub-goal 1, codes unchanged", () => {
    const plan = deepFreeze(minimalPlan());
    const result = moveSubGoal(plan, { code: "F", index: 1 });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals.map((s) => s.code)).toEqual(["1", "F"]);
    expect(result.plan.subGoals[1]!.areas![1]!.activities[0]!.code).toBe("F.3");
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown code and a position past the end", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(moveSubGoal(plan, { code: "X", index: 0 }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no sub-goal with code X."],
    ]);
    // Two sub-goals: without the moved one there is one, so positions 0 and 1.
    expect(brief(moveSubGoal(plan, { code: "F", index: 2 }, { lang: "en" }))).toEqual([
      ["index_out_of_range", "error", ["index"], "Position 2 does not exist; it must be from 0 to 1."],
    ]);
  });
});
