import { describe, expect, it } from "vitest";
import type { Indicator } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

const withIndicators = (...indicators: Indicator[]) => {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", { followUp: { text: "Uppföljning.", indicators } });
  return plan;
};

describe("indicator_without_sex_breakdown", () => {
  it("reports an indicator that counts people and is not broken down by sex", () => {
    const plan = withIndicators(
      { kind: "indicator", id: "1.1-1", text: "Antal deltagare vid utbildning.", breakdowns: ["municipality"] },
      { kind: "indicator", id: "1.1-2", text: "Antalet utbildade personer." },
      { kind: "indicator", id: "1.1-3", text: "Antal utbildade per målgrupp.", breakdowns: ["target_group"] },
      { kind: "indicator", id: "1.1-4", text: "Antal kontaktade." },
    );
    expect(issuesOf(plan, "indicator_without_sex_breakdown")).toEqual([
      {
        code: "indicator_without_sex_breakdown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 0],
        indicator: "1.1-1",
        phrase: "Antal deltagare",
      },
      {
        code: "indicator_without_sex_breakdown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 1],
        indicator: "1.1-2",
        phrase: "Antalet utbildade personer",
      },
      {
        code: "indicator_without_sex_breakdown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 2],
        indicator: "1.1-3",
        phrase: "Antal utbildade",
      },
      {
        code: "indicator_without_sex_breakdown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 3],
        indicator: "1.1-4",
        phrase: "Antal kontaktade",
      },
    ]);
  });

  it("reports a count typed as counting people whose wording does not say so, with the whole text as the phrase", () => {
    const plan = withIndicators(
      { kind: "indicator", id: "1.1-1", text: "Antal i behandling.", measure: { type: "count", aggregation: "sum", countsPeople: true } },
      { kind: "indicator", id: "1.1-2", text: "Antal i behandling.", measure: { type: "count", aggregation: "sum" } },
    );
    expect(issuesOf(plan, "indicator_without_sex_breakdown")).toEqual([
      {
        code: "indicator_without_sex_breakdown",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 0],
        indicator: "1.1-1",
        phrase: "Antal i behandling.",
      },
    ]);
  });

  it("passes counts broken down by sex and counts of things, also after a participle", () => {
    const plan = withIndicators(
      { kind: "indicator", id: "1.1-1", text: "Antal deltagare vid utbildning.", breakdowns: ["sex", "age"] },
      { kind: "indicator", id: "1.1-2", text: "Antal genomförda träffar/år." },
      { kind: "indicator", id: "1.1-3", text: "Antal deltagande organisationer." },
      { kind: "indicator", id: "1.1-4", text: "Antal diplomerade träningsanläggningar." },
      { kind: "indicator", id: "1.1-5", text: "Antal utbildade tränare.", breakdowns: ["sex"] },
    );
    expect(issuesOf(plan, "indicator_without_sex_breakdown")).toEqual([]);
  });
});
