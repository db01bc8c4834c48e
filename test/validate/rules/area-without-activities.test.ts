import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { deepFreeze, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("area_without_activities", () => {
  it("reports an area with no activities", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![1]!.activities = [];
    expect(issuesOf(plan, "area_without_activities")).toEqual([
      { code: "area_without_activities", severity: "warning", path: ["subGoals", 0, "areas", 1], area: "f-b" },
    ]);
  });

  it("passes areas with activities", () => {
    expect(issuesOf(minimalPlan(), "area_without_activities")).toEqual([]);
  });
});

describe("area_without_activities with the plan's own name of its areas", () => {
  it("names the area as the plan does, in both languages, and as the library does without it", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![1]!.activities = [];
    const message = (lang: "sv" | "en") =>
      validatePlan(deepFreeze(structuredClone(plan)), undefined, { lang }).issues.find((i) => i.code === "area_without_activities")
        ?.message;
    expect([message("sv"), message("en")]).toEqual(['Området "f-b" har inga aktiviteter.', 'Area "f-b" has no activities.']);
    plan.levelNames = { area: { sv: "Fokusområde", en: "Focus area" } };
    expect([message("sv"), message("en")]).toEqual(['Fokusområde "f-b" har inga aktiviteter.', 'Focus area "f-b" has no activities.']);
  });
});
