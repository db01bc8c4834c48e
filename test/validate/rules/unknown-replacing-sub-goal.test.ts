import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("unknown_replacing_sub_goal", () => {
  it("reports a replacedBy that names no sub-goal of the plan", () => {
    const plan = minimalPlan();
    plan.nationalGoalsNotFollowed = [
      { strategy: "andt-2016-2020", goal: "4", decision: "replaced", replacedBy: "F" },
      { strategy: "andt-2016-2020", goal: "5", decision: "replaced", replacedBy: "R" },
    ];
    expect(issuesOf(plan, "unknown_replacing_sub_goal")).toEqual([
      {
        code: "unknown_replacing_sub_goal",
        severity: "error",
        path: ["nationalGoalsNotFollowed", 1, "replacedBy"],
        strategy: "andt-2016-2020",
        goal: "5",
        subGoal: "R",
      },
    ]);
    expect(validatePlan(plan).issues.find((f) => f.code === "unknown_replacing_sub_goal")?.message).toBe(
      "Mål 5 i andt-2016-2020 sägs ersättas av delmål R, som inte finns i planen.",
    );
    expect(validatePlan(plan, {}, { lang: "en" }).issues.find((f) => f.code === "unknown_replacing_sub_goal")?.message).toBe(
      "Goal 5 of andt-2016-2020 is said to be replaced by sub-goal R, which is not in the plan.",
    );
  });

  it("passes goals left out and goals replaced without naming the sub-goal", () => {
    const plan = minimalPlan();
    plan.nationalGoalsNotFollowed = [
      { strategy: "andt-2016-2020", goal: "6", decision: "left_out", reason: "Sköts nationellt." },
      { strategy: "andt-2016-2020", goal: "4", decision: "replaced" },
    ];
    expect(issuesOf(plan, "unknown_replacing_sub_goal")).toEqual([]);
  });
});
