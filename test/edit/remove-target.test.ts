import { describe, expect, it } from "vitest";
import { removeTarget } from "../../src/edit/remove-target.js";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeTarget", () => {
  it("removes Kronoberg's target of F.2-1", () => {
    const result = removeTarget(kronoberg2017, { indicator: "F.2-1" });
    expect(result.patches).toEqual([{ op: "remove", path: "/subGoals/0/areas/0/activities/1/followUp/indicators/0/target" }]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities[1]!.followUp.indicators[0]!.target).toBeUndefined();
    expectRoundTrip(kronoberg2017, result);
  });

  it("refuses an indicator without a target and an unknown one", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(removeTarget(plan, { indicator: "F.1-1" }))).toEqual([
      [
        "no_target",
        "error",
        ["subGoals", 0, "areas", 0, "activities", 0, "followUp", "indicators", 0, "target"],
        "Indikatorn F.1-1 har inget mål att ta bort.",
      ],
    ]);
    expect(brief(removeTarget(plan, { indicator: "x" }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no indicator with id x."],
    ]);
  });
});
