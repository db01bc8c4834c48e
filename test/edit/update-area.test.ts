import { describe, expect, it } from "vitest";
import { updateArea } from "../../src/edit/update-area.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { deepFreeze, minimalPlan } from "../support/plans.js";

describe("updateArea", () => {
  it("changes the title and the tips", () => {
    const plan = deepFreeze(minimalPlan());
    const result = updateArea(plan, { id: "f-b", changes: { title: "TILLSYN", localTips: ["Tips.", "Fler tips."] } });
    expect(result.issues).toEqual([]);
    expect(result.plan.subGoals[0]!.areas![1]).toMatchObject({ title: "TILLSYN", localTips: ["Tips.", "Fler tips."] });
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown id and an id that is taken", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(updateArea(plan, { id: "x", changes: {} }, { lang: "en" }))).toEqual([
      ["not_found", "error", [], "There is no area of collaboration with id x."],
    ]);
    expect(brief(updateArea(plan, { id: "f-b", changes: { id: "1-a" } }))).toEqual([
      ["duplicate_code", "error", ["changes", "id"], 'Samma id "1-a" för område för samhandling förekommer redan på subGoals.1.areas.0.'],
    ]);
    // Its own id is not a duplicate of itself.
    expect(updateArea(plan, { id: "f-b", changes: { id: "f-b" } }).issues).toEqual([]);
  });
});
