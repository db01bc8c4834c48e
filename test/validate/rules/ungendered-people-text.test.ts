import { describe, expect, it } from "vitest";
import { andt2016 } from "../../../src/fixtures/index.js";
import { validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("ungendered_people_text", () => {
  it("reports 'barn och unga' and 'personer' in sub-goal and area texts, with the plan's own alternative", () => {
    const plan = minimalPlan();
    plan.subGoals[1]!.text = "Antalet barn och unga som börjar använda tobak ska minska.";
    plan.subGoals[0]!.areas![1]!.title = "STÖD TILL PERSONER MED BEROENDE";
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
    plan.subGoals[0]!.areas![1]!.title = "PERSONER, KVINNOR OCH MÄN, MED BEROENDE";
    expect(issuesOf(plan, "ungendered_people_text")).toEqual([]);
  });

  it("writes a message that says what the text lacks, not what the plan writes elsewhere", () => {
    const plan = minimalPlan();
    plan.subGoals[0]!.areas![1]!.title = "Stöd till personer med beroende";
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, {}, { lang }).issues.find((f) => f.code === "ungendered_people_text")?.message;
    expect(message("sv")).toBe('Texten säger "personer" utan att nämna kön, som "kvinnor och män" gör.');
    expect(message("en")).toBe('The text says "personer" without naming the sexes, as "kvinnor och män" does.');
  });

  it("passes a text that is a national goal's wording verbatim, white space aside, when the strategy is given", () => {
    const plan = minimalPlan();
    // Goal 2 of andt-2016-2020, with a doubled space: the strategy's words, not the plan's.
    plan.subGoals[1]!.text =
      "Antalet barn och unga som börjar använda narkotika, dopningsmedel och tobak eller debuterar tidigt med  alkohol ska successivt minska.";
    expect(issuesOf(plan, "ungendered_people_text", { strategies: [andt2016] })).toEqual([]);
    // Without the strategy there is nothing to tell the national wording by.
    expect(issuesOf(plan, "ungendered_people_text").map((f) => f.path)).toEqual([["subGoals", 1, "text"]]);
  });
});
