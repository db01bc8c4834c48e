import { describe, expect, it } from "vitest";
import { andt2011, andt2016, andts2022 } from "../../../src/fixtures/index.js";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const ANDT = ["alcohol", "narcotics", "doping", "tobacco"] as const;

/** The minimal plan with substances on a sub-goal, an area and an activity: gambling on each, alcohol on the area. */
function planWithSubstances() {
  const plan = minimalPlan();
  plan.subGoals[1]!.substances = ["gambling"];
  plan.subGoals[0]!.areas![1]!.substances = ["alcohol", "gambling"];
  plan.subGoals[0]!.areas![0]!.activities[1]!.substances = ["nicotine"];
  return plan;
}

describe("substance_outside_scope", () => {
  it("reports each substance of a sub-goal, area or activity outside the plan's scope, in document order", () => {
    const plan = planWithSubstances();
    plan.scope = [...ANDT];
    expect(issuesOf(plan, "substance_outside_scope")).toEqual([
      {
        code: "substance_outside_scope",
        severity: "warning",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "substances", 0],
        element: "activity",
        substance: "nicotine",
        scope: [...ANDT],
      },
      {
        code: "substance_outside_scope",
        severity: "warning",
        path: ["subGoals", 0, "areas", 1, "substances", 1],
        element: "collaboration_area",
        substance: "gambling",
        scope: [...ANDT],
      },
      {
        code: "substance_outside_scope",
        severity: "warning",
        path: ["subGoals", 1, "substances", 0],
        element: "sub_goal",
        substance: "gambling",
        scope: [...ANDT],
      },
    ]);
    const [sv] = validatePlan(plan).issues.filter((f) => f.code === "substance_outside_scope");
    const [en] = validatePlan(plan, {}, { lang: "en" }).issues.filter((f) => f.code === "substance_outside_scope");
    expect(sv?.message).toBe("Aktiviteten gäller nikotin, som ligger utanför planens omfattning (alkohol, narkotika, dopning, tobak).");
    expect(en?.message).toBe("The activity concerns nicotine, which is outside the plan's scope (alcohol, narcotics, doping, tobacco).");
  });

  it("checks against the strategies' scopes when the plan states none and every strategy is given", () => {
    const plan = planWithSubstances();
    plan.subGoals[0]!.areas![0]!.activities[1]!.substances = [];
    plan.subGoals[0]!.areas![1]!.substances = [];
    expect(issuesOf(plan, "substance_outside_scope", { strategies: [andt2016] })).toEqual([
      {
        code: "substance_outside_scope",
        severity: "warning",
        path: ["subGoals", 1, "substances", 0],
        element: "sub_goal",
        substance: "gambling",
        scope: [...ANDT],
        strategies: ["andt-2016-2020"],
      },
    ]);
    const sv = validatePlan(plan, { strategies: [andt2016] }).issues.find((f) => f.code === "substance_outside_scope");
    const en = validatePlan(plan, { strategies: [andt2016] }, { lang: "en" }).issues.find((f) => f.code === "substance_outside_scope");
    expect(sv?.message).toBe(
      "Delmålet gäller spel om pengar, som ligger utanför omfattningen för strategierna andt-2016-2020 (alkohol, narkotika, dopning, tobak).",
    );
    expect(en?.message).toBe(
      "The sub-goal concerns gambling, which is outside the scope of strategies andt-2016-2020 (alcohol, narcotics, doping, tobacco).",
    );
  });

  it("passes substances within the scope, and checks nothing without a scope or with a strategy missing", () => {
    const plan = planWithSubstances();
    plan.scope = [...ANDT, "nicotine", "gambling"];
    expect(issuesOf(plan, "substance_outside_scope")).toEqual([]);
    expect(issuesOf(planWithSubstances(), "substance_outside_scope")).toEqual([]);
    const twoStrategies = planWithSubstances();
    twoStrategies.strategies = ["andt-2016-2020", "andts-2022-2025"];
    expect(issuesOf(twoStrategies, "substance_outside_scope", { strategies: [andt2016, andt2011] })).toEqual([]);
    // With both given, their union covers gambling and nicotine.
    expect(issuesOf(twoStrategies, "substance_outside_scope", { strategies: [andt2016, andts2022] })).toEqual([]);
  });
});
