import { describe, expect, it } from "vitest";
import { andt2011, andt2016 } from "../../../src/fixtures/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("unknown_national_goal", () => {
  it("reports sub-goal and area references to goals the given strategy does not have", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.nationalGoalRef = { strategy: "andt-2016-2020", goal: "9" };
    plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.7" };
    expect(issuesOf(plan, "unknown_national_goal", { strategies: [andt2016, andt2011] })).toEqual([
      {
        code: "unknown_national_goal",
        severity: "error",
        path: ["subGoals", 0, "areas", 0, "nationalGoalRef"],
        strategy: "andt-2011-2015",
        goal: "1.7",
      },
      { code: "unknown_national_goal", severity: "error", path: ["subGoals", 1, "nationalGoalRef"], strategy: "andt-2016-2020", goal: "9" },
    ]);
  });

  it("checks further references and the national goals the plan declares not followed alike", () => {
    const plan = minimalPlan();
    plan.nationalGoalsNotFollowed = [{ strategy: "andt-2016-2020", goal: "8", decision: "left_out" }];
    plan.subGoals[1]!.nationalGoalRefs = [
      { strategy: "andt-2016-2020", goal: "2" },
      { strategy: "andt-2016-2020", goal: "7" },
    ];
    plan.subGoals[0]!.areas![1]!.nationalGoalRefs = [{ strategy: "andt-2011-2015", goal: "1.9" }];
    // In document order: the key nationalGoalsNotFollowed, added last, comes after subGoals.
    expect(
      issuesOf(plan, "unknown_national_goal", { strategies: [andt2016, andt2011] }).map((f) => [f.path, "goal" in f && f.goal]),
    ).toEqual([
      [["subGoals", 0, "areas", 1, "nationalGoalRefs", 0], "1.9"],
      [["subGoals", 1, "nationalGoalRefs", 1], "7"],
      [["nationalGoalsNotFollowed", 0], "8"],
    ]);
  });

  it("passes goals that exist, prioritised goals not transcribed, and strategies not given", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.2" };
    plan.subGoals[0]!.areas![1]!.nationalGoalRef = { strategy: "andt-2016-2020", goal: "2.3" };
    plan.subGoals[1]!.areas![0]!.nationalGoalRef = { strategy: "annan-strategi", goal: "9" };
    expect(issuesOf(plan, "unknown_national_goal", { strategies: [andt2016, andt2011] })).toEqual([]);
  });
});
