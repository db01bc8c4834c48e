import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_without_indicator", () => {
  it("reports an activity with no indicator", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.2", { followUp: { text: "Genomförd.", indicators: [] } });
    expect(issuesOf(plan, "activity_without_indicator")).toEqual([
      {
        code: "activity_without_indicator",
        severity: "warning",
        path: ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators"],
        activity: "F.2",
      },
    ]);
  });

  it("passes activities with indicators", () => {
    expect(issuesOf(minimalPlan(), "activity_without_indicator")).toEqual([]);
  });
});

describe("activity_without_indicator in a plan without areas", () => {
  it("reports an activity directly under a sub-goal, named as the plan names its activities", () => {
    const plan = planWithoutAreas();
    plan.subGoals[1]!.activities![0] = activity("2.1", { followUp: { text: "Genomförd.", indicators: [] } });
    expect(issuesOf(plan, "activity_without_indicator")).toEqual([
      {
        code: "activity_without_indicator",
        severity: "warning",
        path: ["subGoals", 1, "activities", 0, "followUp", "indicators"],
        activity: "2.1",
      },
    ]);
    // The plan names its activities "Insatsområde" in Swedish only, so English keeps "Activity".
    const messages = (["sv", "en"] as const).map(
      (lang) => validatePlan(deepFreeze(plan), undefined, { lang }).issues.find((i) => i.code === "activity_without_indicator")?.message,
    );
    expect(messages).toEqual(["Insatsområde 2.1 har ingen uppföljningsindikator.", "Activity 2.1 has no follow-up indicator."]);
  });
});
