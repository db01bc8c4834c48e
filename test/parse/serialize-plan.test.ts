import { describe, expect, it } from "vitest";
import { type Plan, parsePlan, serializePlan } from "../../src/index.js";
import { planWithoutAreas } from "../support/plan-without-areas.js";
import { deepFreeze, everyFieldPlanText, minimalPlan } from "../support/plans.js";

describe("serializePlan", () => {
  it("writes a canonical file back byte for byte after parsing it", () => {
    expect(serializePlan(parsePlan(everyFieldPlanText))).toBe(everyFieldPlanText);
  });

  it("uses two-space indent and ends with a newline", () => {
    const text = serializePlan(minimalPlan());
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "kind": "plan",\n  "level": "regional",\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("orders keys as the format does, whatever order they came in, unknown keys last in code-point order", () => {
    const { references, ...rest } = minimalPlan();
    const shuffled = { zeta: 1, references, ...rest, alpha: { b: 1, a: 2 } } as Plan;
    const keys = Object.keys(JSON.parse(serializePlan(shuffled)) as object);
    expect(keys).toEqual([
      "formatVersion",
      "kind",
      "level",
      "id",
      "title",
      "owner",
      "territory",
      "period",
      "strategies",
      "purposes",
      "longTermGoals",
      "subGoals",
      "actors",
      "organisation",
      "references",
      "alpha",
      "zeta",
    ]);
    expect(serializePlan(shuffled)).toContain('"alpha": {\n    "a": 2,\n    "b": 1\n  }');
  });

  it("orders the keys of each actor by its own kind", () => {
    const plan = minimalPlan();
    plan.actors = [{ members: ["lst"], name: "Gruppen", id: "g", kind: "group" }];
    const text = serializePlan(plan);
    expect(text).toContain('{\n      "kind": "group",\n      "id": "g",\n      "name": "Gruppen",\n      "members": [');
  });

  it("keeps every field through parse and serialize, including unknown ones", () => {
    const input = { ...minimalPlan(), extensions: { kolada: { kpi: "N07908" } }, "x-länsstyrelsen": [true] };
    const roundTripped = JSON.parse(serializePlan(parsePlan(input))) as unknown;
    expect(roundTripped).toEqual(input);
  });

  it("does not mutate the plan", () => {
    const plan = deepFreeze(parsePlan(everyFieldPlanText));
    const before = structuredClone(plan);
    serializePlan(plan);
    expect(plan).toEqual(before);
  });
});

describe("serializePlan and invisible characters", () => {
  it("writes no-break and zero-width spaces as escapes, and reads them back as the same characters", () => {
    const plan = { ...minimalPlan(), title: "Plan\u00a02017\u200b–2021" };
    const text = serializePlan(plan);
    expect(text).toContain('"title": "Plan\\u00a02017\\u200b–2021"');
    expect(parsePlan(text).title).toBe("Plan\u00a02017\u200b–2021");
  });
});

describe("serializePlan of a plan without areas", () => {
  it("keeps activities directly under sub-goals and the plan's level names, and reads back byte for byte", () => {
    const text = serializePlan(planWithoutAreas());
    expect(parsePlan(text)).toEqual(planWithoutAreas());
    expect(serializePlan(parsePlan(text))).toBe(text);
    expect(text).not.toContain('"areas"');
    expect(text).toContain('"levelNames": {\n    "subGoal": {\n      "sv": "Mål",\n      "en": "Goal"\n    },');
  });
});
