import { describe, expect, it } from "vitest";
import { andt2011, andt2016, andts2022 } from "../../../src/fixtures/index.js";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("scope_outside_strategies", () => {
  it("notes gambling and nicotine in the scope of a plan under ANDT 2016–2020", () => {
    const plan = minimalPlan();
    plan.scope = ["alcohol", "gambling", "tobacco", "nicotine"];
    const scope = ["alcohol", "narcotics", "doping", "tobacco"];
    expect(issuesOf(plan, "scope_outside_strategies", { strategies: [andt2016] })).toEqual([
      {
        code: "scope_outside_strategies",
        severity: "info",
        path: ["scope", 1],
        substance: "gambling",
        scope,
        strategies: ["andt-2016-2020"],
      },
      {
        code: "scope_outside_strategies",
        severity: "info",
        path: ["scope", 3],
        substance: "nicotine",
        scope,
        strategies: ["andt-2016-2020"],
      },
    ]);
    const sv = validatePlan(plan, { strategies: [andt2016] }).issues.find((f) => f.code === "scope_outside_strategies");
    const en = validatePlan(plan, { strategies: [andt2016] }, { lang: "en" }).issues.find((f) => f.code === "scope_outside_strategies");
    expect(sv?.message).toBe(
      "Planens omfattning tar med spel om pengar, som strategierna andt-2016-2020 inte omfattar (alkohol, narkotika, dopning, tobak).",
    );
    expect(en?.message).toBe(
      "The plan's scope includes gambling, which strategies andt-2016-2020 do not cover (alcohol, narcotics, doping, tobacco).",
    );
  });

  it("passes a scope its strategies cover together, and checks nothing while one of them is not given", () => {
    const plan = minimalPlan();
    plan.strategies = ["andt-2016-2020", "andts-2022-2025"];
    plan.scope = ["alcohol", "gambling"];
    expect(issuesOf(plan, "scope_outside_strategies", { strategies: [andt2016, andts2022] })).toEqual([]);
    expect(issuesOf(plan, "scope_outside_strategies", { strategies: [andt2016, andt2011] })).toEqual([]);
    expect(issuesOf(minimalPlan(), "scope_outside_strategies", { strategies: [andt2016] })).toEqual([]);
  });
});
