import { describe, expect, it } from "vitest";
import { removeIndicator } from "../../src/edit/remove-indicator.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeIndicator", () => {
  it("removes 1.1-1 and warns that activity 1.1 has no indicator left", () => {
    const plan = deepFreeze(minimalPlan());
    const result = removeIndicator(plan, { id: "1.1-1" });
    expect(result.patches).toEqual([{ op: "remove", path: "/subGoals/1/areas/0/activities/0/followUp/indicators/0" }]);
    expect(brief(result)).toEqual([
      [
        "validation",
        "warning",
        ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators"],
        "Ändringen ger en ny anmärkning vid validering: Aktivitet 1.1 har ingen uppföljningsindikator.",
      ],
    ]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown id", () => {
    expect(brief(removeIndicator(deepFreeze(minimalPlan()), { id: "1.1-9" }))).toEqual([
      ["not_found", "error", [], "Det finns ingen indikator med id 1.1-9."],
    ]);
  });
});
