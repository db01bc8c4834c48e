import { describe, expect, it } from "vitest";
import { updateIndicator } from "../../src/edit/update-indicator.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("updateIndicator", () => {
  it("gives an indicator a measure and a breakdown", () => {
    const plan = deepFreeze(minimalPlan());
    const result = updateIndicator(plan, {
      id: "F.1-1",
      changes: { measure: { type: "count", aggregation: "sum" }, breakdowns: ["sex"] },
    });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities[0]!.followUp.indicators[0]).toEqual({
      kind: "indicator",
      id: "F.1-1",
      text: "Antal insatser.",
      measure: { type: "count", aggregation: "sum" },
      breakdowns: ["sex"],
    });
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown id, a taken id and a breakdown the format does not know", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateIndicator(plan, { id: "nope", changes: {} }))).toEqual([
      ["not_found", "error", [], "Det finns ingen indikator med id nope."],
    ]);
    expect(brief(updateIndicator(plan, { id: "F.1-1", changes: { id: "F.2-1" } }))[0]?.[0]).toBe("duplicate_code");
    const bad = updateIndicator(plan, { id: "F.1-1", changes: { breakdowns: ["colour" as "sex"] } }, { lang: "en" });
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_value", ["subGoals", 0, "areas", 0, "activities", 0, "followUp", "indicators", 0, "breakdowns", 0]],
    ]);
  });
});
