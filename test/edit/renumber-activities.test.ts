import { describe, expect, it } from "vitest";
import { renumberActivities } from "../../src/edit/renumber-activities.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

/** Sub-goal F numbered F.1, F.5, F.3: a gap and a step back. Indicator F.5-x does not follow the convention. */
function gappy() {
  const plan = minimalPlan();
  plan.subGoals[0]!.areas![0]!.activities[1] = activity("F.5", {
    followUp: {
      text: "Antal.",
      indicators: [
        { kind: "indicator", id: "F.5-1", text: "Antal." },
        { kind: "indicator", id: "egen", text: "Egen." },
      ],
    },
  });
  return plan;
}

describe("renumberActivities", () => {
  it("numbers every sub-goal's activities in document order, indicators that follow the convention with them", () => {
    const plan = deepFreeze(gappy());
    const result = renumberActivities(plan);
    expect(codes(result.plan)).toEqual([["F.1", "F.2"], ["F.3"], ["1.1"]]);
    // F.3 keeps its code: it is third in document order.
    expect(result.renames).toEqual([
      { element: "activity", from: "F.5", to: "F.2" },
      { element: "indicator", from: "F.5-1", to: "F.2-1" },
    ]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities[1]!.followUp.indicators.map((i) => i.id)).toEqual(["F.2-1", "egen"]);
    expectRoundTrip(plan, result);
  });

  it("numbers only the sub-goals asked for, and does nothing to a plan already in order", () => {
    const result = renumberActivities(deepFreeze(minimalPlan()), { subGoals: ["1"] });
    expect([result.patches, result.renames]).toEqual([[], []]);
  });

  it("refuses an unknown sub-goal", () => {
    expect(brief(renumberActivities(deepFreeze(gappy()), { subGoals: ["F", "Q"] }))).toEqual([
      ["not_found", "error", [], "Det finns inget delmål med koden Q."],
    ]);
  });
});
