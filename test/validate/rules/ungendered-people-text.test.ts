import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("ungendered_people_text", () => {
  it("reports 'barn och unga' and 'personer' in sub-goal and area texts, with the plan's own alternative", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.text = "Antalet barn och unga som börjar använda tobak ska minska.";
    plan.subGoals[0]!.areas[1]!.title = "STÖD TILL PERSONER MED BEROENDE";
    expect(issuesOf(plan, "ungendered_people_text")).toEqual([
      {
        code: "ungendered_people_text",
        severity: "info",
        path: ["subGoals", 0, "areas", 1, "title"],
        phrase: "PERSONER",
        suggestion: "kvinnor och män",
      },
      {
        code: "ungendered_people_text",
        severity: "info",
        path: ["subGoals", 1, "text"],
        phrase: "barn och unga",
        suggestion: "flickor och pojkar",
      },
    ]);
  });

  it("passes texts that name the sexes", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.text = "Antalet pojkar och flickor samt barn och unga som …";
    plan.subGoals[0]!.areas[1]!.title = "PERSONER, KVINNOR OCH MÄN, MED BEROENDE";
    expect(issuesOf(plan, "ungendered_people_text")).toEqual([]);
  });
});
