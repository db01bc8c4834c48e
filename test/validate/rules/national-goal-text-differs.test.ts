import { describe, expect, it } from "vitest";
import { andt2011, andt2016 } from "../../../src/fixtures/index.js";
import { validatePlan } from "../../../src/index.js";
import { deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("national_goal_text_differs", () => {
  it("reports a sub-goal whose text differs from the national goal's wording", () => {
    const plan = minimalPlan();
    expect(issuesOf(plan, "national_goal_text_differs", { strategies: [andt2016] })).toEqual([
      {
        code: "national_goal_text_differs",
        severity: "info",
        path: ["subGoals", 1, "text"],
        strategy: "andt-2016-2020",
        goal: "1",
        expected: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.",
        received: "Tillgången ska minska.",
      },
    ]);
  });

  it("passes a text that differs only in white space, and goals known by topic only", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.text = "  Tillgång till alkohol,\n narkotika, dopningsmedel och  tobak ska minska. ";
    plan.subGoals[0]!.nationalGoalRef = { strategy: "andt-2011-2015", goal: "4" };
    expect(issuesOf(plan, "national_goal_text_differs", { strategies: [andt2016, andt2011] })).toEqual([]);
  });
});

describe("national_goal_text_differs with the plan's own name of its sub-goals", () => {
  it("says whose text it is as the plan names the level, in both languages", () => {
    const plan = { ...minimalPlan(), levelNames: { subGoal: { sv: "Målområde", en: "Target area" } } };
    const message = (lang: "sv" | "en") =>
      validatePlan(deepFreeze(plan), { strategies: [andt2016] }, { lang }).issues.find((i) => i.code === "national_goal_text_differs")
        ?.message;
    expect(message("sv")).toBe(
      'Texten skiljer sig från mål 1 i andt-2016-2020: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.".',
    );
    expect(message("en")).toBe(
      'The target area\'s text differs from goal 1 of andt-2016-2020: "Tillgång till alkohol, narkotika, dopningsmedel och tobak ska minska.".',
    );
  });
});
