import { describe, expect, it } from "vitest";
import { validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("municipality_count_mismatch", () => {
  it("reports a sentence counting the county's municipalities where N is not the county's 8", () => {
    const plan = minimalPlan();
    plan.purposes = ["Stödja länets 9 kommuner.", "Länets 8 samverkansavtal. Länets 12 kommunerna deltar."];
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([
      { code: "municipality_count_mismatch", severity: "warning", path: ["purposes", 0], countyCode: "07", expected: 8, received: 9 },
      { code: "municipality_count_mismatch", severity: "warning", path: ["purposes", 1], countyCode: "07", expected: 8, received: 12 },
    ]);
    expect(validatePlan(plan, {}, { lang: "en" }).issues.find((f) => f.code === "municipality_count_mismatch")?.message).toBe(
      "The text says 9 but county 07 has 8 municipalities.",
    );
  });

  it("finds a count in any case, the Kelvin sign for K included, in any string of the plan however deep", () => {
    const plan = minimalPlan();
    plan.purposes = ["LÄNETS 9 \u212AOMMUNER.", "länets 1 kommuner"];
    plan.subGoals[0]!.areas![1]!.localTips = ["Tips.", "Med Länets 10 Kommuner."];
    const base = { code: "municipality_count_mismatch", severity: "warning", countyCode: "07", expected: 8 } as const;
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([
      { ...base, path: ["purposes", 0], received: 9 },
      { ...base, path: ["purposes", 1], received: 1 },
      { ...base, path: ["subGoals", 0, "areas", 1, "localTips", 1], received: 10 },
    ]);
  });

  it("passes counts of other things of the county, the right count, and texts without a number", () => {
    const plan = minimalPlan();
    plan.purposes = ["Länets 3 polisområden.", "Länets 5 tullkontor.", "Kommunbesök i länets 8 kommuner.", "Under 2017 i länets kommuner."];
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([]);
  });

  it("reports one issue per sentence: once per sentence of a text, and once for a sentence that recurs", () => {
    const plan = minimalPlan();
    const sentence = "Antal av länets 7 kommuner som deltar.";
    // Two sentences of one text, each wrong: two issues at the same path.
    plan.purposes = ["Länets 9 kommuner samverkar. Länets 7 kommuner har en plan, länets 6 kommuner inte."];
    // The follow-up text is also the indicator's text: one issue, at the follow-up text.
    plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", {
      followUp: { text: sentence, indicators: [{ kind: "indicator", id: "1.1-1", text: sentence }] },
    });
    const base = { code: "municipality_count_mismatch", severity: "warning", countyCode: "07", expected: 8 } as const;
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([
      { ...base, path: ["purposes", 0], received: 9 },
      { ...base, path: ["purposes", 0], received: 7 },
      { ...base, path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "text"], received: 7 },
    ]);
  });
});
