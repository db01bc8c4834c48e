import { describe, expect, it } from "vitest";
import { addActivity } from "../../src/edit/add-activity.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
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

describe("addActivity in a plan without areas", () => {
  const direct = (plan: ReturnType<typeof planWithoutAreas>) => plan.subGoals.map((g) => g.activities?.map((a) => a.code));

  it("adds activity 2.2 directly under sub-goal 2", () => {
    const plan = deepFreeze(planWithoutAreas());
    const result = addActivity(plan, { subGoal: "2", activity: activity("2.2") });
    expect(result.issues).toEqual([]);
    expect(direct(result.plan)).toEqual([
      ["1.1", "1.2"],
      ["2.1", "2.2"],
    ]);
    expect(result.patches).toEqual([{ op: "add", path: "/subGoals/1/activities/1", value: activity("2.2") }]);
    expectRoundTrip(plan, result);
  });

  it("gives a sub-goal with neither areas nor activities its first activity, at a given index", () => {
    const bare = planWithoutAreas();
    delete bare.subGoals[1]!.activities;
    const plan = deepFreeze(bare);
    const result = addActivity(plan, { subGoal: "2", activity: activity("2.1"), index: 0 });
    expect(result.issues).toEqual([]);
    expect(direct(result.plan)).toEqual([["1.1", "1.2"], ["2.1"]]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown sub-goal, and an activity beside a sub-goal's areas", () => {
    expect(brief(addActivity(deepFreeze(planWithoutAreas()), { subGoal: "9", activity: activity("9.1") }))).toEqual([
      ["not_found", "error", [], "Det finns inget delmål med koden 9."],
    ]);
    const beside = addActivity(deepFreeze(minimalPlan()), { subGoal: "1", activity: activity("1.2") }, { lang: "en" });
    expect(beside.patches).toEqual([]);
    expect(brief(beside).filter(([, severity]) => severity === "error")).toEqual([
      [
        "validation",
        "error",
        ["subGoals", 1, "activities"],
        "The edit adds an issue of validation: Sub-goal 1 has both areas of collaboration (1) and activities directly under it (1); a sub-goal has one or the other.",
      ],
    ]);
  });
});
