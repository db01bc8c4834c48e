import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("municipality_count_mismatch", () => {
  it("reports 'länets N kommuner' and 'Länets N …' where N is not the county's count", () => {
    const plan = minimalPlan();
    plan.purposes = ["Stödja länets 9 kommuner.", "Länets 8 samverkansavtal och Länets 12 kommuner."];
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([
      { code: "municipality_count_mismatch", severity: "warning", path: ["purposes", 0], countyCode: "07", expected: 8, received: 9 },
      { code: "municipality_count_mismatch", severity: "warning", path: ["purposes", 1], countyCode: "07", expected: 8, received: 12 },
    ]);
  });

  it("passes the right count, and other numbers", () => {
    const plan = minimalPlan();
    plan.purposes = ["Kommunbesök i länets 8 kommuner.", "Länets 8 samverkansavtal.", "Under 2017 i länets kommuner."];
    expect(issuesOf(plan, "municipality_count_mismatch")).toEqual([]);
  });
});
