import { describe, expect, it } from "vitest";
import { andt2011, andt2016 } from "../../../src/fixtures/index.js";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("prioritised_goal_not_listed", () => {
  it("says a prioritised goal cannot be checked where the strategy does not list those of its long-term goal", () => {
    const plan = minimalPlan();
    // andt-2011-2015 lists the prioritised goals of goal 1 (1.1–1.4) only; 2.3 and 3.1 cannot be checked.
    plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "2.3" };
    plan.subGoals[1]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "3.1" };
    const context = { strategies: [andt2016, andt2011] };
    expect(issuesOf(plan, "prioritised_goal_not_listed", context)).toEqual([
      {
        code: "prioritised_goal_not_listed",
        severity: "info",
        path: ["subGoals", 0, "areas", 0, "nationalGoalRef"],
        strategy: "andt-2011-2015",
        goal: "2.3",
      },
      {
        code: "prioritised_goal_not_listed",
        severity: "info",
        path: ["subGoals", 1, "areas", 0, "nationalGoalRef"],
        strategy: "andt-2011-2015",
        goal: "3.1",
      },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, context, { lang }).issues.find((f) => f.code === "prioritised_goal_not_listed")?.message;
    expect(message("sv")).toBe("Mål 2.3 kan inte kontrolleras: strategin andt-2011-2015 listar inte de prioriterade målen under mål 2.");
    expect(message("en")).toBe("Goal 2.3 cannot be checked: strategy andt-2011-2015 does not list the prioritised goals under goal 2.");
  });

  it("is quiet on a listed goal and an unknown one (unknown_national_goal's), and without the strategy", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.2" };
    plan.subGoals[0]!.areas![1]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "1.7" };
    plan.subGoals[1]!.areas![0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "2.3" };
    expect(issuesOf(plan, "prioritised_goal_not_listed", { strategies: [andt2011] })).toEqual([
      expect.objectContaining({ path: ["subGoals", 1, "areas", 0, "nationalGoalRef"] }),
    ]);
    expect(issuesOf(plan, "prioritised_goal_not_listed", { strategies: [andt2016] })).toEqual([]);
  });
});
