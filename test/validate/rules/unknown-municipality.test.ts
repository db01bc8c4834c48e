import { describe, expect, it } from "vitest";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

describe("unknown_municipality", () => {
  it("reports municipality codes of the territory and of organisations that do not exist", () => {
    const plan = minimalPlan();
    plan.territory = { countyCode: "07", municipalityCode: "0799" };
    plan.actors.push({ kind: "organisation", id: "ingen", name: "Ingen kommun", type: "municipality", municipalityCode: "0000" });
    expect(issuesOf(plan, "unknown_municipality")).toEqual([
      { code: "unknown_municipality", severity: "error", path: ["territory", "municipalityCode"], municipality: "0799" },
      { code: "unknown_municipality", severity: "error", path: ["actors", 1, "municipalityCode"], municipality: "0000" },
    ]);
  });

  it("passes existing codes, checked against the reference data given", () => {
    const plan = minimalPlan();
    plan.territory = { countyCode: "07", municipalityCode: "0780" };
    expect(issuesOf(plan, "unknown_municipality")).toEqual([]);
    expect(issuesOf(plan, "unknown_municipality", { reference: { counties: [], municipalities: [] } })).toEqual([
      { code: "unknown_municipality", severity: "error", path: ["territory", "municipalityCode"], municipality: "0780" },
    ]);
  });
});
