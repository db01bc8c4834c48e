import { describe, expect, it } from "vitest";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { activitiesOf, areasOf, indicatorsOf, traverse } from "../../src/model/traverse.js";
import { PlanIndex } from "../../src/validate/plan-index.js";
import { minimalPlan } from "../support/plans.js";

describe("PlanIndex", () => {
  it("gives the visits, areas, activities and indicators the model's walks give", () => {
    for (const plan of [minimalPlan(), kronoberg2017]) {
      const index = new PlanIndex(plan);
      expect(index.visits).toStrictEqual([...traverse(plan)]);
      expect(index.areas).toStrictEqual(areasOf(plan));
      expect(index.activities).toStrictEqual(activitiesOf(plan));
      expect(index.indicators).toStrictEqual(indicatorsOf(plan));
    }
    // The minimal plan: 3 areas, 4 activities, 4 indicators.
    const index = new PlanIndex(minimalPlan());
    expect([index.areas.length, index.activities.length, index.indicators.length]).toEqual([3, 4, 4]);
  });

  it("lists every string in document order, each with its path", () => {
    const plan = { ...minimalPlan(), subGoals: [], actors: [], extensions: { note: ["a", { deep: "b" }], n: 1 } };
    const index = new PlanIndex(plan);
    expect(index.texts).toEqual([
      "plan",
      "regional",
      "test-2017-2021",
      "Testplan",
      "Testägare",
      "lst",
      "07",
      "2017",
      "2021",
      "andt-2016-2020",
      "Syfte.",
      "Mål.",
      "a",
      "b",
    ]);
    expect(index.pathOfText(0)).toEqual(["kind"]);
    expect(index.pathOfText(5)).toEqual(["owner", "principals", 0]);
    expect(index.pathOfText(8)).toEqual(["period", "end"]);
    expect(index.pathOfText(13)).toEqual(["extensions", "note", 1, "deep"]);
  });
});
