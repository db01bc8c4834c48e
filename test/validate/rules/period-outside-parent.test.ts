import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/index.js";
import { minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function localPlan(start: string, end: string): Plan {
  return {
    ...minimalPlan(),
    level: "local",
    id: "vaxjo",
    territory: { countyCode: "07", municipalityCode: "0780" },
    period: { start, end },
  };
}

describe("period_outside_parent", () => {
  it("reports a local plan whose period reaches beyond the regional plan's", () => {
    expect(issuesOf(localPlan("2019", "2022"), "period_outside_parent", { parent: minimalPlan() })).toEqual([
      {
        code: "period_outside_parent",
        severity: "warning",
        path: ["period"],
        parent: "test-2017-2021",
        parentTitle: "Testplan",
        period: { start: "2019", end: "2022" },
        parentPeriod: { start: "2017", end: "2021" },
      },
    ]);
  });

  it("passes a period within the parent's, and a plan without parent", () => {
    expect(issuesOf(localPlan("2018", "2021-06"), "period_outside_parent", { parent: minimalPlan() })).toEqual([]);
    expect(issuesOf(localPlan("2019", "2022"), "period_outside_parent")).toEqual([]);
  });
});
