import { describe, expect, it } from "vitest";
import { type Indicator, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function planWith(indicators: Indicator[]) {
  const plan = minimalPlan();
  plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.2", { followUp: { text: "Antal genomförda träffar/år.", indicators } });
  return plan;
}

const meetings = (n: number, target: Indicator["target"]): Indicator => ({
  kind: "indicator",
  id: `F.2-${n}`,
  text: "Antal genomförda träffar/år.",
  measure: { type: "frequency", timesPerYear: 10 },
  target,
});

describe("frequency_target_mismatch", () => {
  it("warns when a frequency's yearly target differs from its times per year", () => {
    const plan = planWith([meetings(1, { per: "year", value: 8, text: "8 gånger per år" })]);
    expect(issuesOf(plan, "frequency_target_mismatch")).toEqual([
      {
        code: "frequency_target_mismatch",
        severity: "warning",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators", 0, "target", "value"],
        indicator: "F.2-1",
        expected: 10,
        received: 8,
      },
    ]);
    expect(validatePlan(plan).issues.find((f) => f.code === "frequency_target_mismatch")?.message).toBe(
      "Indikator F.2-1 ska enligt måttet ske 10 gånger per år, men årsmålet är 8.",
    );
  });

  it("passes a matching yearly target, a period target and a target without value", () => {
    const plan = planWith([
      meetings(1, { per: "year", value: 10, text: "10 gånger per år" }),
      meetings(2, { per: "period", value: 50 }),
      meetings(3, { per: "year", text: "regelbundet" }),
    ]);
    expect(issuesOf(plan, "frequency_target_mismatch")).toEqual([]);
  });
});
