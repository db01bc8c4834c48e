import { describe, expect, it } from "vitest";
import { type Indicator, type Measure, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const covering = (n: number, measure: Measure): Indicator => ({ kind: "indicator", id: `1.1-${n}`, text: "Antal skolor.", measure });

function planWith(indicators: Indicator[]) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Antal skolor.", indicators } });
  return plan;
}

describe("coverage_total_unknown", () => {
  it("warns of a coverage of schools with neither total nor members", () => {
    const plan = planWith([covering(1, { type: "coverage", of: "schools" })]);
    expect(issuesOf(plan, "coverage_total_unknown")).toEqual([
      {
        code: "coverage_total_unknown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 0, "measure"],
        indicator: "1.1-1",
        of: "schools",
      },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, undefined, { lang }).issues.find((i) => i.code === "coverage_total_unknown")?.message;
    expect(message("sv")).toBe("Indikator 1.1-1 är en täckning av skolor men anger inte hur många de är: ange total eller members.");
    expect(message("en")).toBe("Indicator 1.1-1 is a coverage of schools but does not say how many there are: give total or members.");
  });

  it("passes a set with a total or members, and the county's municipalities without either", () => {
    const plan = planWith([
      covering(1, { type: "coverage", of: "schools", total: 20 }),
      covering(2, { type: "coverage", of: "licensed_premises", members: ["Krogen"] }),
      covering(3, { type: "coverage", of: "county_municipalities" }),
    ]);
    expect(issuesOf(plan, "coverage_total_unknown")).toEqual([]);
  });
});
