import { describe, expect, it } from "vitest";
import { moveArea } from "../../src/edit/move-area.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("moveArea", () => {
  it("moves area f-b to sub-goal 1 and numbers its activity after 1.1", () => {
    const plan = deepFreeze(minimalPlan());
    const observations = deepFreeze([{ indicator: "F.3-1", year: 2019, value: 2 }]);
    const result = moveArea(plan, { id: "f-b", toSubGoal: "1", context: { observations } });
    expect(result.issues).toEqual([]);
    // By hand: F keeps f-a (F.1, F.2); sub-goal 1 has 1-a (1.1) then f-b, whose F.3 becomes 1.2.
    expect(codes(result.plan)).toEqual([["F.1", "F.2"], ["1.1"], ["1.2"]]);
    expect(result.renames).toEqual([
      { element: "activity", from: "F.3", to: "1.2" },
      { element: "indicator", from: "F.3-1", to: "1.2-1" },
    ]);
    expect(result.observations).toEqual([{ indicator: "1.2-1", year: 2019, value: 2 }]);
    expectRoundTrip(plan, result);
  });

  it("moves an area first within its sub-goal", () => {
    const result = moveArea(deepFreeze(minimalPlan()), { id: "f-b", toSubGoal: "F", index: 0 });
    expect(codes(result.plan)).toEqual([["F.1"], ["F.2", "F.3"], ["1.1"]]);
    expect(result.plan.subGoals[0]!.areas!.map((a) => a.id)).toEqual(["f-b", "f-a"]);
  });

  it("with renumber: false keeps every code, and is refused where a code would leave its sub-goal", () => {
    const plan = deepFreeze(minimalPlan());
    const kept = moveArea(plan, { id: "f-b", toSubGoal: "F", index: 0, renumber: false });
    // Kept codes out of document order are what the sequence rule warns of; the edit still goes through.
    expect(kept.issues.map((i) => [i.code, i.severity, i.message])).toEqual([
      ["validation", "warning", "Ändringen ger en ny anmärkning vid validering: Aktivitetskoden borde vara F.1 men är F.3."],
      ["validation", "warning", "Ändringen ger en ny anmärkning vid validering: Aktivitetskoden borde vara F.4 men är F.1."],
    ]);
    expect(codes(kept.plan)).toEqual([["F.3"], ["F.1", "F.2"], ["1.1"]]);
    expect(kept.renames).toEqual([]);
    expectRoundTrip(plan, kept);
    const refused = moveArea(plan, { id: "f-b", toSubGoal: "1", renumber: false });
    expect(refused.plan).toBe(plan);
    expect(brief(refused)).toEqual([
      [
        "validation",
        "error",
        ["subGoals", 1, "areas", 1, "activities", 0, "code"],
        'Ändringen ger en ny anmärkning vid validering: Aktivitetskoden "F.3" ska börja med delmålets kod "1.".',
      ],
    ]);
  });

  it("refuses an unknown area or sub-goal and a bad position, and returns the context as given", () => {
    const plan = deepFreeze(minimalPlan());
    const refused = moveArea(plan, { id: "x", toSubGoal: "9", context: { observations: [] } });
    expect(brief(refused)).toEqual([
      ["not_found", "error", [], "Det finns inget område för samhandling med id x."],
      ["not_found", "error", [], "Det finns inget delmål med koden 9."],
    ]);
    expect([refused.renames, refused.observations]).toEqual([[], []]);
    expect(brief(moveArea(plan, { id: "f-a", toSubGoal: "1", index: 2 }, { lang: "en" }))).toEqual([
      ["index_out_of_range", "error", ["index"], "Position 2 does not exist; it must be from 0 to 1."],
    ]);
  });
});
