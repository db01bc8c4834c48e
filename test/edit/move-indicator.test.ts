import { describe, expect, it } from "vitest";
import { moveIndicator } from "../../src/edit/move-indicator.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("moveIndicator", () => {
  it("moves F.1-1 to activity F.2, after F.2-1, its id unchanged; F.1 is left without indicators (a warning)", () => {
    const plan = deepFreeze(minimalPlan());
    const result = moveIndicator(plan, { id: "F.1-1", toActivity: "F.2" }, { lang: "en" });
    expect(result.plan.subGoals[0]!.areas![0]!.activities.map((a) => a.followUp.indicators.map((i) => i.id))).toEqual([
      [],
      ["F.2-1", "F.1-1"],
    ]);
    expect(brief(result)).toEqual([
      [
        "validation",
        "warning",
        ["subGoals", 0, "areas", 0, "activities", 0, "followUp", "indicators"],
        "The edit adds an issue of validation: Activity F.1 has no follow-up indicator.",
      ],
    ]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown indicator or activity and a bad position", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(moveIndicator(plan, { id: "x", toActivity: "y" }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no indicator with id x."],
      ["not_found", "error", [], "There is no activity with code y."],
    ]);
    // Within its own activity, which has only it: position 0 is the one place.
    expect(brief(moveIndicator(plan, { id: "F.1-1", toActivity: "F.1", index: 1 }, { lang: "en" }))).toEqual([
      ["index_out_of_range", "error", ["index"], "Position 1 does not exist; it must be from 0 to 0."],
    ]);
  });
});
