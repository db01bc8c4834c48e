import { describe, expect, it } from "vitest";
import { firstStructureProblem } from "../../../src/edit/internal/structure.js";
import { minimalPlan } from "../../support/plans.js";

describe("firstStructureProblem", () => {
  it("checks the element a patch runs through, with the schema's code and the full path", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![0]!.activities[1]!.followUp.indicators[0]!.text = "";
    plan.actors[0]!.name = "";
    const indicator = ["subGoals", 0, "areas", 0, "activities", 1, "followUp", "indicators", 0];
    expect(firstStructureProblem(plan, [{ op: "replace", path: [...indicator, "text"], value: "" }])).toEqual({
      path: [...indicator, "text"],
      reason: "empty_text",
    });
    expect(firstStructureProblem(plan, [{ op: "add", path: ["actors", 0], value: {} }])).toEqual({
      path: ["actors", 0, "name"],
      reason: "empty_text",
    });
  });

  it("passes elements that fit, skips removed ones, and checks the plan for a patch of its own fields", () => {
    const plan = minimalPlan();
    expect(firstStructureProblem(plan, [{ op: "remove", path: ["subGoals", 5] }])).toBeUndefined();
    expect(firstStructureProblem(plan, [{ op: "replace", path: ["subGoals", 1, "text"], value: "X" }])).toBeUndefined();
    plan.title = " ";
    expect(firstStructureProblem(plan, [{ op: "replace", path: ["title"], value: " " }])).toEqual({
      path: ["title"],
      reason: "empty_text",
    });
  });

  it("gives zod's English wording where the schema has no code of its own, whatever locale zod was left with", () => {
    const plan = minimalPlan();
    (plan.subGoals[0] as { text: unknown }).text = 5;
    expect(firstStructureProblem(plan, [{ op: "replace", path: ["subGoals", 0, "text"], value: 5 }])).toEqual({
      path: ["subGoals", 0, "text"],
      reason: "Invalid input: expected string, received number",
    });
  });
});
