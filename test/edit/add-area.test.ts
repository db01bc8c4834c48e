import { describe, expect, it } from "vitest";
import { addArea } from "../../src/edit/add-area.js";
import type { CollaborationArea } from "../../src/index.js";
import { brief, expectRoundTrip } from "../support/edit.js";
import { activity, deepFreeze, minimalPlan } from "../support/plans.js";

const area: CollaborationArea = { kind: "collaboration_area", id: "1-b", title: "Område 1B", activities: [activity("1.2")], localTips: [] };

describe("addArea", () => {
  it("adds an area to sub-goal 1", () => {
    const plan = deepFreeze(minimalPlan());
    const result = addArea(plan, { subGoal: "1", area });
    expect(result.issues).toEqual([]);
    expect(result.patches).toEqual([{ op: "add", path: "/subGoals/1/areas/1", value: area }]);
    expectRoundTrip(plan, result);
  });

  it("refuses an unknown sub-goal, a taken id and a bad position", () => {
    const plan = deepFreeze(minimalPlan());
    expect(brief(addArea(plan, { subGoal: "4", area }))).toEqual([["not_found", "error", [], "Det finns inget delmål med koden 4."]]);
    expect(brief(addArea(plan, { subGoal: "1", area: { ...area, id: "f-b" }, index: -1 }, { lang: "en" }))).toEqual([
      ["duplicate_code", "error", ["area", "id"], 'The same id "f-b" of area of collaboration is already used at subGoals.0.areas.1.'],
      ["index_out_of_range", "error", ["index"], "Position -1 does not exist; it must be from 0 to 1."],
    ]);
  });
});
