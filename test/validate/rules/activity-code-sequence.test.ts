import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { activity, deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("activity_code_sequence", () => {
  it("reports one issue per gap and per repeat, going on from the number found", () => {
    const plan = minimalPlan();
    // F.1, F.2 | F.4, F.4, F.5: a gap at F.4, a repeat at the second F.4, then F.5 follows on.
    plan.subGoals[0]!.areas![1]!.activities = [
      activity("F.4"),
      activity("F.4", { followUp: { text: "x", indicators: [] } }),
      activity("F.5"),
    ];
    expect(issuesOf(plan, "activity_code_sequence")).toEqual([
      {
        code: "activity_code_sequence",
        severity: "warning",
        path: ["subGoals", 0, "areas", 1, "activities", 0, "code"],
        expected: "F.3",
        received: "F.4",
      },
      {
        code: "activity_code_sequence",
        severity: "warning",
        path: ["subGoals", 0, "areas", 1, "activities", 1, "code"],
        expected: "F.5",
        received: "F.4",
      },
    ]);
  });

  it("counts across the areas of a sub-goal, starting again at 1 in the next sub-goal", () => {
    expect(issuesOf(minimalPlan(), "activity_code_sequence")).toEqual([]);
  });

  it("leaves codes with another prefix to activity_code_prefix", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.areas![0]!.activities.push(activity("X.9"), activity("1.2"));
    expect(issuesOf(plan, "activity_code_sequence")).toEqual([]);
  });
});

describe("activity_code_sequence in a plan without areas", () => {
  it("numbers the activities directly under each sub-goal", () => {
    const plan = planWithoutAreas();
    // 1.1, 1.3: a gap at 1.3 under goal 1; goal 2's 2.1 starts its own count.
    plan.subGoals[0]!.activities![1] = activity("1.3");
    expect(issuesOf(plan, "activity_code_sequence")).toEqual([
      {
        code: "activity_code_sequence",
        severity: "warning",
        path: ["subGoals", 0, "activities", 1, "code"],
        expected: "1.2",
        received: "1.3",
      },
    ]);
    expect(issuesOf(planWithoutAreas(), "activity_code_sequence")).toEqual([]);
  });
});

describe("activity_code_sequence with the plan's own name of its activities", () => {
  it("names the activity code as the plan does in Swedish, and in English by the library's word it names only in Swedish", () => {
    const plan = planWithoutAreas();
    plan.subGoals[0]!.activities![1] = activity("1.3");
    const messages = (["sv", "en"] as const).map(
      (lang) => validatePlan(deepFreeze(plan), undefined, { lang }).issues.find((i) => i.code === "activity_code_sequence")?.message,
    );
    expect(messages).toEqual(["Koden för insatsområde borde vara 1.2 men är 1.3.", "The activity code should be 1.2 but is 1.3."]);
  });
});
