import { describe, expect, it } from "vitest";
import { applyPatches } from "../../src/edit/apply-patches.js";
import { moveActivity } from "../../src/edit/move-activity.js";
import { type Observation, type Plan, serializePlan } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

const codes = (plan: Plan): string[][] => plan.subGoals.flatMap((g) => g.areas!.map((a) => a.activities.map((x) => x.code)));

/** Växjö's plan with one activity carrying out activity F.3 of the regional test plan. */
function localPlan(): Plan {
  const plan = minimalPlan();
  plan.level = "local";
  plan.id = "vaxjo-2018-2021";
  plan.subGoals[0]!.areas![1]!.activities[0]!.regionalRef = { plan: "test-2017-2021", activity: "F.3" };
  plan.subGoals[1]!.areas![0]!.activities[0]!.regionalRef = { plan: "other-plan", activity: "F.3" };
  return plan;
}

describe("moveActivity", () => {
  it("moves F.1 to area 1-a, numbers both sub-goals again and lets the references follow", () => {
    const plan = deepFreeze(minimalPlan());
    const local = deepFreeze(localPlan());
    const observations: Observation[] = deepFreeze([
      { indicator: "F.1-1", activity: "F.1", year: 2018, value: 3 },
      { indicator: "1.1-1", year: 2018, value: 4 },
    ]);
    const result = moveActivity(plan, { code: "F.1", toArea: "1-a", context: { localPlans: [local], observations } });
    expect(result.issues).toEqual([]);
    // By hand: F keeps F.2, F.3 → F.1, F.2; sub-goal 1 gets the moved activity after 1.1 → 1.2.
    expect(codes(result.plan)).toEqual([["F.1"], ["F.2"], ["1.1", "1.2"]]);
    expect(result.plan.subGoals[1]!.areas![0]!.activities[1]!.text).toBe("Aktivitet F.1.");
    expect(result.renames).toEqual([
      { element: "activity", from: "F.2", to: "F.1" },
      { element: "indicator", from: "F.2-1", to: "F.1-1" },
      { element: "activity", from: "F.3", to: "F.2" },
      { element: "indicator", from: "F.3-1", to: "F.2-1" },
      { element: "activity", from: "F.1", to: "1.2" },
      { element: "indicator", from: "F.1-1", to: "1.2-1" },
    ]);
    expect(result.observations).toEqual([
      { indicator: "1.2-1", activity: "1.2", year: 2018, value: 3 },
      { indicator: "1.1-1", year: 2018, value: 4 },
    ]);
    expect(result.localPlans![0]!.subGoals[0]!.areas![1]!.activities[0]!.regionalRef).toEqual({ plan: "test-2017-2021", activity: "F.2" });
    // A reference to another regional plan is left alone.
    expect(result.localPlans![0]!.subGoals[1]!.areas![0]!.activities[0]!.regionalRef).toEqual({ plan: "other-plan", activity: "F.3" });
    expect(result.edit).toEqual({ operation: "move_activity", element: "activity", key: "F.1" });
  });

  it("returns patches whose inverse restores the plan byte for byte", () => {
    const plan = deepFreeze(minimalPlan());
    const result = moveActivity(plan, { code: "F.3", toArea: "f-a", index: 0 });
    expect(codes(result.plan)).toEqual([["F.1", "F.2", "F.3"], [], ["1.1"]]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities.map((a) => a.text)).toEqual([
      "Aktivitet F.3.",
      "Aktivitet F.1.",
      "Aktivitet F.2.",
    ]);
    expect(result.patches.every((p) => p.path.startsWith("/subGoals/0/areas/"))).toBe(true);
    expect(serializePlan(applyPatches(plan, result.patches))).toBe(serializePlan(result.plan));
    expect(serializePlan(applyPatches(result.plan, result.inversePatches))).toBe(serializePlan(plan));
  });

  it("keeps the codes with renumber: false, and refuses a move whose code no longer fits its sub-goal", () => {
    const plan = deepFreeze(minimalPlan());
    const within = moveActivity(plan, { code: "F.1", toArea: "f-b", renumber: false });
    expect(codes(within.plan)).toEqual([["F.2"], ["F.3", "F.1"], ["1.1"]]);
    expect(within.renames).toEqual([]);
    const across = moveActivity(plan, { code: "F.1", toArea: "1-a", renumber: false }, { lang: "en" });
    expect(across.plan).toBe(plan);
    expect(across.patches).toEqual([]);
    // The refusal carries every new finding: F.2 now comes first in sub-goal F (a warning) and F.1 sits in 1.
    expect(across.issues.map((i) => [i.code, i.severity, i.path, i.message])).toEqual([
      [
        "validation",
        "warning",
        ["subGoals", 0, "areas", 0, "activities", 0, "code"],
        "The edit adds an issue of validation: The activity code should be F.1 but is F.2.",
      ],
      [
        "validation",
        "error",
        ["subGoals", 1, "areas", 0, "activities", 1, "code"],
        'The edit adds an issue of validation: Activity code "F.1" should start with its sub-goal\'s code "1.".',
      ],
    ]);
  });

  it("refuses an unknown activity, an unknown area and a position outside the area", () => {
    const plan = deepFreeze(minimalPlan());
    expect(moveActivity(plan, { code: "9.9", toArea: "x" }).issues).toEqual([
      {
        code: "not_found",
        severity: "error",
        path: [],
        element: "activity",
        value: "9.9",
        message: "Det finns ingen aktivitet med koden 9.9.",
      },
      {
        code: "not_found",
        severity: "error",
        path: [],
        element: "collaboration_area",
        value: "x",
        message: "Det finns inget område för samhandling med id x.",
      },
    ]);
    // Area f-a has two activities; without the moved one it has one, so positions 0 and 1 exist.
    expect(moveActivity(plan, { code: "F.1", toArea: "f-a", index: 2 }, { lang: "en" }).issues).toEqual([
      {
        code: "index_out_of_range",
        severity: "error",
        path: ["index"],
        index: 2,
        length: 1,
        message: "Position 2 does not exist; it must be from 0 to 1.",
      },
    ]);
  });
});

describe("moveActivity in a plan without areas", () => {
  const direct = (plan: Plan) => plan.subGoals.map((g) => g.activities?.map((a) => a.code));

  it("moves 1.1 directly under sub-goal 2 and numbers both sub-goals again", () => {
    const plan = deepFreeze(planWithoutAreas());
    const result = moveActivity(plan, { code: "1.1", toSubGoal: "2" });
    expect(result.issues).toEqual([]);
    // By hand: goal 1 keeps 1.2 → 1.1; goal 2 gets the moved activity after 2.1 → 2.2, its indicator 1.1-1 → 2.2-1.
    expect(direct(result.plan)).toEqual([["1.1"], ["2.1", "2.2"]]);
    expect(result.renames).toEqual([
      { element: "activity", from: "1.2", to: "1.1" },
      { element: "indicator", from: "1.2-1", to: "1.1-1" },
      { element: "activity", from: "1.1", to: "2.2" },
      { element: "indicator", from: "1.1-1", to: "2.2-1" },
    ]);
    expect(serializePlan(applyPatches(result.plan, result.inversePatches))).toBe(serializePlan(plan));
  });

  it("moves an activity within its sub-goal without renumbering when asked, and refuses an unknown sub-goal", () => {
    const plan = deepFreeze(planWithoutAreas());
    const result = moveActivity(plan, { code: "1.2", toSubGoal: "1", index: 0, renumber: false });
    expect(direct(result.plan)).toEqual([["1.2", "1.1"], ["2.1"]]);
    expect(result.patches.length).toBeGreaterThan(0);
    expect(moveActivity(plan, { code: "1.2", toSubGoal: "9" }).issues.map((i) => [i.code, i.message])).toEqual([
      ["not_found", "Det finns inget delmål med koden 9."],
    ]);
  });
});
