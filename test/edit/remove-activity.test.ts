import { describe, expect, it } from "vitest";
import { removeActivity } from "../../src/edit/remove-activity.js";
import type { Plan } from "../../src/index.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeActivity", () => {
  it("removes F.1, numbers F.2 and F.3 down and lets local plans and observations follow", () => {
    const plan = deepFreeze(minimalPlan());
    const local: Plan = deepFreeze({
      ...minimalPlan(),
      level: "local",
      id: "vaxjo",
      subGoals: [{ ...minimalPlan().subGoals[0]!, regionalRef: { plan: "test-2017-2021", activity: "F.3" } }],
    });
    const observations = deepFreeze([{ indicator: "F.3-1", activity: "F.3", year: 2018, value: 1 }]);
    const result = removeActivity(plan, { code: "F.1", context: { localPlans: [local], observations } });
    expect(result.issues).toEqual([]);
    expect(codes(result.plan)).toEqual([["F.1"], ["F.2"], ["1.1"]]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities[0]!.text).toBe("Aktivitet F.2.");
    expect(result.localPlans![0]!.subGoals[0]!.regionalRef).toEqual({ plan: "test-2017-2021", activity: "F.2" });
    expect(result.observations).toEqual([{ indicator: "F.2-1", activity: "F.2", year: 2018, value: 1 }]);
    expectRoundTrip(plan, result);
  });

  it("leaves the gap with renumber: false and warns of it", () => {
    const result = removeActivity(deepFreeze(minimalPlan()), { code: "F.2", renumber: false });
    expect(codes(result.plan)).toEqual([["F.1"], ["F.3"], ["1.1"]]);
    expect(brief(result)).toEqual([
      [
        "validation",
        "warning",
        ["subGoals", 0, "areas", 1, "activities", 0, "code"],
        "Ändringen ger en ny anmärkning vid validering: Aktivitetskoden borde vara F.2 men är F.3.",
      ],
    ]);
  });

  it("refuses an unknown code", () => {
    expect(brief(removeActivity(deepFreeze(minimalPlan()), { code: "F.9" }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no activity with code F.9."],
    ]);
  });
});

describe("removeActivity in a plan without areas", () => {
  it("removes 1.1 from under sub-goal 1 and numbers 1.2 down", () => {
    const plan = deepFreeze(planWithoutAreas());
    const result = removeActivity(plan, { code: "1.1" });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals.map((g) => g.activities?.map((a) => a.code))).toEqual([["1.1"], ["2.1"]]);
    expect(result.renames).toEqual([
      { element: "activity", from: "1.2", to: "1.1" },
      { element: "indicator", from: "1.2-1", to: "1.1-1" },
    ]);
    expectRoundTrip(plan, result);
  });
});
