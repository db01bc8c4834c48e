import { describe, expect, it } from "vitest";
import { andt2016 } from "../../../src/fixtures/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("strategy_not_given", () => {
  it("reports each strategy the plan names but the context lacks, once, where first named", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.1" };
    plan.subGoals[0]!.areas![1]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.2" };
    expect(issuesOf(plan, "strategy_not_given")).toEqual([
      { code: "strategy_not_given", severity: "info", path: ["strategies", 0], strategy: "andt-2016-2020" },
      {
        code: "strategy_not_given",
        severity: "info",
        path: ["subGoals", 0, "areas", 0, "nationalGoalRef", "strategy"],
        strategy: "andt-2011-2015",
      },
    ]);
  });

  it("counts a strategy named only in further references or in the goals the plan does not follow", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.nationalGoalRefs = [{ strategy: "andts-2022-2025", goal: "3" }];
    plan.nationalGoalsNotFollowed = [{ strategy: "andt-2011-2015", goal: "7", decision: "left_out" }];
    // In document order: the key nationalGoalsNotFollowed, added last, comes after subGoals.
    expect(issuesOf(plan, "strategy_not_given", { strategies: [andt2016] })).toEqual([
      {
        code: "strategy_not_given",
        severity: "info",
        path: ["subGoals", 1, "nationalGoalRefs", 0, "strategy"],
        strategy: "andts-2022-2025",
      },
      { code: "strategy_not_given", severity: "info", path: ["nationalGoalsNotFollowed", 0, "strategy"], strategy: "andt-2011-2015" },
    ]);
  });

  it("passes when every named strategy is given", () => {
    expect(issuesOf(minimalPlan(), "strategy_not_given", { strategies: [andt2016] })).toEqual([]);
  });
});
