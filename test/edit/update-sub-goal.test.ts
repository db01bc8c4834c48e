import { describe, expect, it } from "vitest";
import { updateSubGoal } from "../../src/edit/update-sub-goal.js";
import { brief, expectRoundTrip } from "../support/edit.js";
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

  it("refuses an unknown code, a taken code, and a code the activities do not start with", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateSubGoal(plan, { code: "7", changes: { text: "X" } }))).toEqual([
      ["not_found", "error", [], "Det finns inget delmål med koden 7."],
    ]);
    expect(brief(updateSubGoal(plan, { code: "1", changes: { code: "F" } }))).toEqual([
      ["duplicate_code", "error", ["changes", "code"], 'Samma kod "F" för delmål förekommer redan på subGoals.0.'],
    ]);
    const renamed = updateSubGoal(plan, { code: "1", changes: { code: "2" } }, { lang: "en" });
    expect(renamed.plan).toBe(plan);
    expect(brief(renamed)).toEqual([
      [
        "validation",
        "error",
        ["subGoals", 1, "areas", 0, "activities", 0, "code"],
        'The edit adds an issue of validation: Activity code "1.1" should start with its sub-goal\'s code "2.".',
      ],
    ]);
  });

  it("refuses empty text as a value the file format does not take", () => {
    const result = updateSubGoal(deepFreeze(minimalPlan()), { code: "F", changes: { text: " " } }, { lang: "en" });
    expect(brief(result)).toEqual([
      ["invalid_value", "error", ["subGoals", 0, "text"], "The value does not fit the file format for sub-goal (empty_text)."],
    ]);
  });
});
