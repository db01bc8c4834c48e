import { describe, expect, it } from "vitest";
import { addActivity } from "../../src/edit/add-activity.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

describe("addActivity", () => {
  it("adds activity 1.2 to area 1-a", () => {
    const plan = deepFreeze(minimalPlan());
    const result = addActivity(plan, { area: "1-a", activity: activity("1.2") });
    expect(result.issues).toEqual([]);
    expect(codes(result.plan)).toEqual([["F.1", "F.2"], ["F.3"], ["1.1", "1.2"]]);
    expect(result.patches).toEqual([{ op: "add", path: "/subGoals/1/areas/0/activities/1", value: activity("1.2") }]);
    expectRoundTrip(plan, result);
  });

  it("refuses a taken code, a taken indicator id, and an unknown area", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(addActivity(plan, { area: "1-a", activity: activity("F.2", {}) }, { lang: "en" }))).toEqual([
      [
        "duplicate_code",
        "error",
        ["activity", "code"],
        'The same code "F.2" of activity is already used at subGoals.0.areas.0.activities.1.',
      ],
      [
        "duplicate_code",
        "error",
        ["activity", "followUp", "indicators", 0, "id"],
        'The same id "F.2-1" of indicator is already used at subGoals.0.areas.0.activities.1.followUp.indicators.0.',
      ],
    ]);
    expect(brief(addActivity(plan, { area: "9-a", activity: activity("9.1") }))).toEqual([
      ["not_found", "error", [], "Det finns inget område för samhandling med id 9-a."],
    ]);
  });

  it("refuses a responsible actor that is not in the registry", () => {
    const unknown = activity("1.2", { responsible: { text: "Polisen", actors: ["polisen"] } });
    const result = addActivity(deepFreeze(minimalPlan()), { area: "1-a", activity: unknown });
    expect(brief(result)).toEqual([
      [
        "validation",
        "error",
        ["subGoals", 1, "areas", 0, "activities", 1, "responsible", "actors", 0],
        'Ändringen ger en ny anmärkning vid validering: Aktören "polisen" finns inte i planens aktörsregister.',
      ],
    ]);
    expect(result.issues[0]).toMatchObject({ rule: "unknown_actor", validation: { code: "unknown_actor", actor: "polisen" } });
  });

  it("skips validation with validation: false, making only its own checks", () => {
    const unknown = activity("1.2", { responsible: { text: "Polisen", actors: ["polisen"] } });
    const result = addActivity(deepFreeze(minimalPlan()), { area: "1-a", activity: unknown }, { validation: false });
    expect(result.issues).toEqual([]);
    expect(codes(result.plan)[2]).toEqual(["1.1", "1.2"]);
  });
});
