import { describe, expect, it } from "vitest";
import { type Plan, validatePlan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const local = (): Plan => ({
  ...minimalPlan(),
  level: "local",
  id: "vaxjo",
  parentPlan: "test-2017-2021",
  territory: { countyCode: "07", municipalityCode: "0780" },
});

describe("parent_mismatch", () => {
  it("reports a parent of another id, a local plan as parent, and a parent in another county, each once", () => {
    // The parent given: a local plan of Stockholm (county 01), id stockholm-lokal.
    const parent: Plan = {
      ...minimalPlan(),
      level: "local",
      id: "stockholm-lokal",
      title: "Stockholms plan",
      territory: { countyCode: "01" },
    };
    const base = { code: "parent_mismatch", severity: "error", parent: "stockholm-lokal", parentTitle: "Stockholms plan" } as const;
    expect(issuesOf(local(), "parent_mismatch", { parent })).toEqual([
      // In document order: territory comes before parentPlan in this plan.
      { ...base, path: ["territory", "countyCode"], field: "countyCode", expected: "07", received: "01" },
      { ...base, path: ["parentPlan"], field: "id", expected: "test-2017-2021", received: "stockholm-lokal" },
      { ...base, path: ["parentPlan"], field: "level", expected: "regional", received: "local" },
    ]);
    const messages = (lang: "sv" | "en") =>
      validatePlan(local(), { parent }, { lang })
        .issues.filter((f) => f.code === "parent_mismatch")
        .map((f) => f.message);
    expect(messages("en")).toEqual([
      'The plan given, "Stockholms plan" (stockholm-lokal), covers county 01, not the plan\'s county 07.',
      'The plan follows test-2017-2021 by its parentPlan, but the plan given is "Stockholms plan" (stockholm-lokal).',
      'The plan given, "Stockholms plan" (stockholm-lokal), is not a regional plan (its level is local).',
    ]);
    expect(messages("sv")[1]).toBe(
      'Planen följer test-2017-2021 enligt parentPlan, men den givna planen är "Stockholms plan" (stockholm-lokal).',
    );
  });

  it("passes the regional plan of the county named by parentPlan, and checks nothing without a parent", () => {
    expect(issuesOf(local(), "parent_mismatch", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(local(), "parent_mismatch")).toEqual([]);
  });
});
