import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const followUp = (measured: boolean) => ({
  text: "Antal insatser. Antal möten.",
  indicators: [
    { kind: "indicator" as const, id: "1.1-1", text: "Antal insatser.", measure: { type: "count" as const, aggregation: "sum" as const } },
    { kind: "indicator" as const, id: "1.1-2", text: "Antal möten.", ...(measured ? { measure: { type: "qualitative" as const } } : {}) },
  ],
});

describe("indicator_without_measure", () => {
  it("notes an indicator without a measure, as info", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: followUp(false) });
    // The other activities of the minimal plan have untyped indicators too.
    const at = (g: number, a: number, i: number, n: number) => ["subGoals", g, "areas", a, "activities", i, "followUp", "indicators", n];
    expect(issuesOf(plan, "indicator_without_measure")).toEqual([
      { code: "indicator_without_measure", severity: "info", path: at(0, 0, 0, 0), indicator: "F.1-1" },
      { code: "indicator_without_measure", severity: "info", path: at(0, 0, 1, 0), indicator: "F.2-1" },
      { code: "indicator_without_measure", severity: "info", path: at(0, 1, 0, 0), indicator: "F.3-1" },
      { code: "indicator_without_measure", severity: "info", path: at(1, 0, 0, 1), indicator: "1.1-2" },
    ]);
    const en = validatePlan(plan, {}, { lang: "en" }).issues.find((f) => f.code === "indicator_without_measure" && f.indicator === "1.1-2");
    expect(en?.message).toBe("Indicator 1.1-2 has no measure, so its values can only be reported, not judged.");
  });

  it("passes a plan whose indicators all have a measure", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: followUp(true) });
    for (const a of plan.subGoals.flatMap((g) => g.areas!.flatMap((ar) => ar.activities))) {
      for (const i of a.followUp.indicators) i.measure ??= { type: "count", aggregation: "sum" };
    }
    expect(issuesOf(plan, "indicator_without_measure")).toEqual([]);
  });
});
