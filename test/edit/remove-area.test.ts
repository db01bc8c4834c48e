import { describe, expect, it } from "vitest";
import { removeArea } from "../../src/edit/remove-area.js";
import { brief, codes, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("removeArea", () => {
  it("removes area f-a and numbers F.3 as F.1", () => {
    const plan = deepFreeze(minimalPlan());
    const result = removeArea(plan, { id: "f-a" });
    expect(result.issues).toEqual([]);
    expect(codes(result.plan)).toEqual([["F.1"], ["1.1"]]);
    expect(result.renames).toEqual([
      { element: "activity", from: "F.3", to: "F.1" },
      { element: "indicator", from: "F.3-1", to: "F.1-1" },
    ]);
    expectRoundTrip(plan, result);
  });

  it("keeps the codes with renumber: false and reports the gap as a warning", () => {
    const result = removeArea(deepFreeze(minimalPlan()), { id: "f-a", renumber: false }, { lang: "en" });
    expect(codes(result.plan)).toEqual([["F.3"], ["1.1"]]);
    expect(brief(result)).toEqual([
      [
        "validation",
        "warning",
        ["subGoals", 0, "areas", 0, "activities", 0, "code"],
        "The edit adds an issue of validation: The activity code should be F.1 but is F.3.",
      ],
    ]);
  });

  it("refuses an unknown id", () => {
    expect(brief(removeArea(deepFreeze(minimalPlan()), { id: "z" }))).toEqual([
      ["not_found", "error", [], "Det finns inget område för samhandling med id z."],
    ]);
  });
});
