import { describe, expect, it } from "vitest";
import { kronoberg2017 } from "../../src/fixtures/index.js";
import { activitiesOf, areasOf, indicatorsOf, traverse } from "../../src/model/traverse.js";
import { goalRefsOf } from "../../src/validate/internal.js";
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

  it("lists every string that passes a test in document order, each with its path", () => {
    const plan = { ...minimalPlan(), subGoals: [], actors: [], extensions: { note: ["a", { deep: "b" }], n: 1 } };
    const index = new PlanIndex(plan);
    const seen: string[] = [];
    const kept = index.textsWhere((text) => {
      seen.push(text);
      return text.length === 1 || text === "07";
    });
    expect(seen).toEqual([
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
    expect(kept).toEqual([
      { text: "07", path: ["territory", "countyCode"] },
      { text: "a", path: ["extensions", "note", 0] },
      { text: "b", path: ["extensions", "note", 1, "deep"] },
    ]);
    // Each call walks again: the paths of one call are not those of another.
    expect(index.textsWhere((text) => text === "a")).toEqual([{ text: "a", path: ["extensions", "note", 0] }]);
    expect(index.textsWhere(() => false)).toEqual([]);
  });

  it("gives the references to national goals goalRefsOf gives, once per index", () => {
    for (const plan of [minimalPlan(), kronoberg2017]) {
      const index = new PlanIndex(plan);
      expect(index.goalRefs).toStrictEqual(goalRefsOf(plan));
      expect(index.goalRefs).toBe(index.goalRefs);
    }
  });
});
