import { describe, expect, it } from "vitest";
import { addIndicator } from "../../src/edit/add-indicator.js";
import type { Indicator } from "../../src/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

const participants: Indicator = { kind: "indicator", id: "F.1-2", text: "Antal deltagare.", breakdowns: ["sex"] };

describe("addIndicator", () => {
  it("adds an indicator first among F.1's", () => {
    const plan = deepFreeze(minimalPlan());
    const result = addIndicator(plan, { activity: "F.1", indicator: participants, index: 0 });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals[0]!.areas![0]!.activities[0]!.followUp.indicators.map((i) => i.id)).toEqual(["F.1-2", "F.1-1"]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown activity, a taken id and a bad position", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(addIndicator(plan, { activity: "X.1", indicator: participants }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no activity with code X.1."],
    ]);
    expect(brief(addIndicator(plan, { activity: "F.1", indicator: { ...participants, id: "1.1-1" }, index: 2 }, { lang: "en" }))).toEqual([
      [
        "duplicate_code",
        "error",
        ["indicator", "id"],
        'The same id "1.1-1" of indicator is already used at subGoals.1.areas.0.activities.0.followUp.indicators.0.',
      ],
      ["index_out_of_range", "error", ["index"], "Position 2 does not exist; it must be from 0 to 1."],
    ]);
  });
});
