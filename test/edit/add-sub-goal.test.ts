import { describe, expect, it } from "vitest";
import { addSubGoal } from "../../src/edit/add-sub-goal.js";
import type { SubGoal } from "../../src/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const two: SubGoal = {
  kind: "sub_goal",
  code: "2",
  text: "Färre ska börja.",
  areas: [{ kind: "collaboration_area", id: "2-a", title: "Område 2A", activities: [activity("2.1")], localTips: [] }],
};

describe("addSubGoal", () => {
  it("adds a sub-goal at the end with one add patch, and removes it with the inverse", () => {
    const plan = deepFreeze(minimalPlan());
    const result = addSubGoal(plan, { subGoal: two });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals.map((s) => s.code)).toEqual(["F", "1", "2"]);
    expect(result.patches).toEqual([{ op: "add", path: "/subGoals/2", value: two }]);
    expect(result.inversePatches).toEqual([{ op: "remove", path: "/subGoals/2" }]);
    expectRoundTrip(plan, result);
  });

  it("adds at a position", () => {
    const result = addSubGoal(deepFreeze(minimalPlan()), { subGoal: two, index: 0 });
    expect(result.plan.subGoals.map((s) => s.code)).toEqual(["2", "F", "1"]);
  });

  it("refuses a code that is taken and a position outside the list", () => {
    const plan = deepFreeze(minimalPlan());
    const result = addSubGoal(plan, { subGoal: { ...two, code: "F" }, index: 3 }, { lang: "en" });
    expect(result.plan).toBe(plan);
    expect(result.issues).toEqual([
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoal", "code"],
        element: "sub_goal",
        value: "F",
        firstPath: ["subGoals", 0],
        message: 'The same code "F" of sub-goal is already used at subGoals.0.',
      },
      {
        code: "index_out_of_range",
        severity: "error",
        path: ["index"],
        index: 3,
        length: 2,
        message: "Position 3 does not exist; it must be from 0 to 2.",
      },
    ]);
  });

  it("refuses a sub-goal whose activities do not start with its code", () => {
    const wrong: SubGoal = { ...two, areas: [{ ...two.areas![0]!, activities: [activity("3.1")] }] };
    const result = addSubGoal(deepFreeze(minimalPlan()), { subGoal: wrong }, { lang: "en" });
    expect(brief(result)).toEqual([
      [
        "validation",
        "error",
        ["subGoals", 2, "areas", 0, "activities", 0, "code"],
        'The edit adds an issue of validation: Activity code "3.1" should start with its sub-goal\'s code "2.".',
      ],
    ]);
    expect(result.patches).toEqual([]);
  });
});
