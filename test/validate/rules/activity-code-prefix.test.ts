import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_code_prefix", () => {
  it("reports an activity whose code does not start with its sub-goal's code and a dot", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("F.4");
    plan.subGoals[0]!.areas![1]!.activities[0] = activity("F3");
    expect(issuesOf(plan, "activity_code_prefix")).toEqual([
      {
        code: "activity_code_prefix",
        severity: "error",
        path: ["subGoals", 0, "areas", 1, "activities", 0, "code"],
        expected: "F.",
        received: "F3",
      },
      {
        code: "activity_code_prefix",
        severity: "error",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "code"],
        expected: "1.",
        received: "F.4",
      },
    ]);
  });

  it("passes codes that carry their sub-goal's code", () => {
    expect(issuesOf(minimalPlan(), "activity_code_prefix")).toEqual([]);
  });
});

describe("activity_code_prefix with the plan's own names of its levels", () => {
  it("names the activity and its sub-goal as the plan does, in both languages", () => {
    const plan = planWithoutAreas();
    plan.subGoals[1]!.activities![0] = activity("1.3");
    expect(issuesOf(plan, "activity_code_prefix")).toEqual([
      { code: "activity_code_prefix", severity: "error", path: ["subGoals", 1, "activities", 0, "code"], expected: "2.", received: "1.3" },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(deepFreeze(plan), undefined, { lang }).issues.find((i) => i.code === "activity_code_prefix")?.message;
    // Swedish: the plan's "Mål" and "Insatsområde"; English: its "Goal", and "Activity" for the level it names only in Swedish.
    expect(message("sv")).toBe('Koden för insatsområde "1.3" ska börja med "2.", koden för dess mål.');
    expect(message("en")).toBe('Activity code "1.3" should start with its goal\'s code "2.".');
  });
});
