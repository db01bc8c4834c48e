import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("municipality_outside_county", () => {
  it("is an error for the territory and an info for an organisation", () => {
    const plan = minimalPlan();
    plan.territory = { countyCode: "07", municipalityCode: "0880" };
    plan.actors.push({ kind: "organisation", id: "kalmar-kommun", name: "Kalmar kommun", type: "municipality", municipalityCode: "0880" });
    expect(issuesOf(plan, "municipality_outside_county")).toEqual([
      {
        code: "municipality_outside_county",
        severity: "error",
        path: ["territory", "municipalityCode"],
        municipality: "0880",
        municipalityCountyCode: "08",
        countyCode: "07",
      },
      {
        code: "municipality_outside_county",
        severity: "info",
        path: ["actors", 1, "municipalityCode"],
        municipality: "0880",
        municipalityCountyCode: "08",
        countyCode: "07",
      },
    ]);
  });

  it("passes municipalities of the county, and leaves unknown codes to unknown_municipality", () => {
    const plan = minimalPlan();
    plan.territory = { countyCode: "07", municipalityCode: "0780" };
    plan.actors.push({ kind: "organisation", id: "x", name: "X", type: "municipality", municipalityCode: "0000" });
    expect(issuesOf(plan, "municipality_outside_county")).toEqual([]);
  });
});
