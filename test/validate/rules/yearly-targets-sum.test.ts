import { describe, expect, it } from "vitest";
import type { Indicator, Measure, Target } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const yearly: Target["yearly"] = [
  { year: 2017, value: 2 },
  { year: 2018, value: 3 },
  { year: 2019, value: 3 },
];

function planWith(indicators: Indicator[]) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Antal.", indicators } });
  return plan;
}

const indicator = (n: number, measure: Measure, target: Target): Indicator => ({
  kind: "indicator",
  id: `1.1-${n}`,
  text: "Antal.",
  measure,
  target,
});
const at = (n: number) => ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", n, "target", "yearly"];

describe("yearly_targets_sum", () => {
  it("reports year targets of a summed count or a frequency that do not add up to the period target", () => {
    const plan = planWith([
      indicator(1, { type: "count", aggregation: "sum" }, { per: "period", value: 10, yearly }),
      indicator(2, { type: "frequency", timesPerYear: 2 }, { per: "period", value: 6, yearly }),
    ]);
    expect(issuesOf(plan, "yearly_targets_sum")).toEqual([
      { code: "yearly_targets_sum", severity: "error", path: at(0), indicator: "1.1-1", expected: 10, received: 8 },
      { code: "yearly_targets_sum", severity: "error", path: at(1), indicator: "1.1-2", expected: 6, received: 8 },
    ]);
  });

  it("passes sums that match, latest counts, yearly per-year targets and period targets without year targets", () => {
    const plan = planWith([
      indicator(1, { type: "count", aggregation: "sum" }, { per: "period", value: 8, yearly }),
      indicator(
        2,
        { type: "count", aggregation: "sum" },
        {
          per: "period",
          value: 0.3,
          yearly: [
            { year: 2017, value: 0.1 },
            { year: 2018, value: 0.2 },
          ],
        },
      ),
      indicator(3, { type: "count", aggregation: "latest" }, { per: "period", value: 3, yearly }),
      indicator(4, { type: "count", aggregation: "sum" }, { per: "year", value: 3, yearly }),
      indicator(5, { type: "frequency", timesPerYear: 2 }, { per: "period", value: 10 }),
      indicator(6, { type: "coverage", of: "county_municipalities" }, { per: "period", value: 8, yearly }),
    ]);
    expect(issuesOf(plan, "yearly_targets_sum")).toEqual([]);
  });
});
