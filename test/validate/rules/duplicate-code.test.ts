import { describe, expect, it } from "vitest";
import { planWithoutAreas } from "../../support/plan-without-areas.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("duplicate_code", () => {
  it("reports a second activity, indicator, area, sub-goal and actor with a code already used", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![1]!.activities[0] = activity("F.2");
    plan.subGoals[1]!.areas![0]!.id = "f-a";
    plan.subGoals[1]!.code = "F";
    plan.actors.push({ kind: "group", id: "lst", name: "Dubblett", members: [] });
    expect(issuesOf(plan, "duplicate_code")).toEqual([
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 0, "areas", 1, "activities", 0, "code"],
        element: "activity",
        value: "F.2",
        firstPath: ["subGoals", 0, "areas", 0, "activities", 1, "code"],
      },
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 0, "areas", 1, "activities", 0, "followUp", "indicators", 0, "id"],
        element: "indicator",
        value: "F.2-1",
        firstPath: ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators", 0, "id"],
      },
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 1, "code"],
        element: "sub_goal",
        value: "F",
        firstPath: ["subGoals", 0, "code"],
      },
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 1, "areas", 0, "id"],
        element: "collaboration_area",
        value: "f-a",
        firstPath: ["subGoals", 0, "areas", 0, "id"],
      },
      {
        code: "duplicate_code",
        severity: "error",
        path: ["actors", 1, "id"],
        element: "actor",
        value: "lst",
        firstPath: ["actors", 0, "id"],
      },
    ]);
  });

  it("lets the same string stand as codes of different kinds", () => {
    const plan = minimalPlan();
    plan.actors.push({ kind: "organisation", id: "f-a", name: "Samma som områdets id", type: "other" });
    expect(issuesOf(plan, "duplicate_code")).toEqual([]);
  });
});

describe("duplicate_code in a plan without areas", () => {
  it("reports an activity code and indicator id used again directly under another sub-goal", () => {
    const plan = planWithoutAreas();
    plan.subGoals[1]!.activities!.push(activity("1.2"));
    expect(issuesOf(plan, "duplicate_code")).toEqual([
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 1, "activities", 1, "code"],
        element: "activity",
        value: "1.2",
        firstPath: ["subGoals", 0, "activities", 1, "code"],
      },
      {
        code: "duplicate_code",
        severity: "error",
        path: ["subGoals", 1, "activities", 1, "followUp", "indicators", 0, "id"],
        element: "indicator",
        value: "1.2-1",
        firstPath: ["subGoals", 0, "activities", 1, "followUp", "indicators", 0, "id"],
      },
    ]);
  });
});
