import { describe, expect, it } from "vitest";
import { updateSubGoal } from "../../src/edit/update-sub-goal.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("updateSubGoal", () => {
  it("changes the text with one replace patch, and removes a field given as undefined", () => {
    const plan = deepFreeze(minimalPlan());
    const result = updateSubGoal(plan, { code: "1", changes: { text: "Tillgången ska minska kraftigt.", nationalGoalRef: undefined } });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([
      { op: "replace", path: "/subGoals/1/text", value: "Tillgången ska minska kraftigt." },
      { op: "remove", path: "/subGoals/1/nationalGoalRef" },
    ]);
    expect("nationalGoalRef" in result.plan.subGoals[1]!).toBe(false);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown code and a taken code", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateSubGoal(plan, { code: "7", changes: { text: "X" } }))).toEqual([
      ["not_found", "error", [], "Det finns inget delmål med koden 7."],
    ]);
    expect(brief(updateSubGoal(plan, { code: "1", changes: { code: "F" } }))).toEqual([
      ["duplicate_code", "error", ["changes", "code"], 'Samma kod "F" för delmål förekommer redan på subGoals.0.'],
    ]);
  });

  it("renames the activities with a new code, and local plans and observations follow", () => {
    const plan = deepFreeze(minimalPlan());
    const local = deepFreeze({
      ...minimalPlan(),
      level: "local" as const,
      id: "vaxjo",
      subGoals: [{ ...minimalPlan().subGoals[1]!, regionalRef: { plan: "test-2017-2021", subGoal: "1", activity: "1.1" } }],
    });
    const observations = deepFreeze([{ indicator: "1.1-1", activity: "1.1", year: 2018, value: 2 }]);
    const result = updateSubGoal(plan, { code: "1", changes: { code: "2" }, context: { localPlans: [local], observations } });
    expect(result.issues).toEqual([]);
    expect(result.renames).toEqual([
      { element: "sub_goal", from: "1", to: "2" },
      { element: "activity", from: "1.1", to: "2.1" },
      { element: "indicator", from: "1.1-1", to: "2.1-1" },
    ]);
    expect(codes(result.plan)).toEqual([["F.1", "F.2"], ["F.3"], ["2.1"]]);
    expect(result.localPlans![0]!.subGoals[0]!.regionalRef).toEqual({ plan: "test-2017-2021", subGoal: "2", activity: "2.1" });
    expect(result.observations).toEqual([{ indicator: "2.1-1", activity: "2.1", year: 2018, value: 2 }]);
    expectRoundTrip(plan, result);
  });

  it("refuses empty text as a value the file format does not take", () => {
    const result = updateSubGoal(deepFreeze(minimalPlan()), { code: "F", changes: { text: " " } }, { lang: "en" });
    expect(brief(result)).toEqual([
      ["invalid_value", "error", ["subGoals", 0, "text"], "The value does not fit the file format for sub-goal (empty_text)."],
    ]);
  });
});
