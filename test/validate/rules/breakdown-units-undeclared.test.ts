import { describe, expect, it } from "vitest";
import { type Indicator, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function planWith(indicator: Indicator) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Antal besök.", indicators: [indicator] } });
  return plan;
}

const visits = (breakdowns: Indicator["breakdowns"]): Indicator => ({
  kind: "indicator",
  id: "1.1-1",
  text: "Antal besök.",
  breakdowns,
  breakdownUnits: { district: ["Centrum", "Norr"] },
});

describe("breakdown_units_undeclared", () => {
  it("warns of named units of a breakdown that breakdowns leaves out", () => {
    const plan = planWith(visits(["sex"]));
    expect(issuesOf(plan, "breakdown_units_undeclared")).toEqual([
      {
        code: "breakdown_units_undeclared",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 0, "breakdownUnits", "district"],
        indicator: "1.1-1",
        breakdown: "district",
      },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, undefined, { lang }).issues.find((i) => i.code === "breakdown_units_undeclared")?.message;
    expect(message("sv")).toBe("Indikator 1.1-1 namnger enheter per stadsdel men anger inte den uppdelningen i breakdowns.");
    expect(message("en")).toBe("Indicator 1.1-1 names units by district but does not declare that breakdown in breakdowns.");
  });

  it("passes units of a declared breakdown", () => {
    expect(issuesOf(planWith(visits(["sex", "district"])), "breakdown_units_undeclared")).toEqual([]);
  });
});
