import { describe, expect, it } from "vitest";
import { type Activity, type SchedulePer, validatePlan } from "../../../src/index.js";
import { activity, minimalPlan } from "../../support/plans.js";
import { issuesOf } from "../../support/validate.js";

function planWith(schedule: Activity["schedule"], per: SchedulePer | undefined) {
  const plan = minimalPlan();
  plan.subGoals[1]!.areas![0]!.activities[0] = activity("1.1", {
    ...(schedule === undefined ? {} : { schedule }),
    followUp: {
      text: "Antal föräldramöten.",
      indicators: [
        {
          kind: "indicator",
          id: "1.1-1",
          text: "Antal föräldramöten.",
          measure: { type: "frequency", timesPerYear: 2, ...(per === undefined ? {} : { per }) },
        },
      ],
    },
  });
  return plan;
}

const everySchoolYear = { text: "två gånger varje läsår", timesPerYear: 2, per: "school_year" as const };

describe("school_year_mismatch", () => {
  it("warns when an activity is scheduled per school year and its frequency is counted per calendar year", () => {
    const plan = planWith(everySchoolYear, undefined);
    expect(issuesOf(plan, "school_year_mismatch")).toEqual([
      {
        code: "school_year_mismatch",
        severity: "warning",
        path: ["subGoals", 1, "areas", 0, "activities", 0, "followUp", "indicators", 0, "measure", "per"],
        activity: "1.1",
        indicator: "1.1-1",
        schedule: "school_year",
        measure: "year",
      },
    ]);
    const message = (lang: "sv" | "en") =>
      validatePlan(plan, undefined, { lang }).issues.find((i) => i.code === "school_year_mismatch")?.message;
    expect(message("sv")).toBe("Aktivitet 1.1 har en tidplan per läsår men indikator 1.1-1 räknas per kalenderår.");
    expect(message("en")).toBe("Activity 1.1 is scheduled per school year but indicator 1.1-1 is counted per calendar year.");
  });

  it("warns the other way round, and passes agreement or an activity without a schedule", () => {
    expect(issuesOf(planWith({ text: "två gånger per år", timesPerYear: 2 }, "school_year"), "school_year_mismatch")).toHaveLength(1);
    expect(issuesOf(planWith(everySchoolYear, "school_year"), "school_year_mismatch")).toEqual([]);
    expect(issuesOf(planWith(undefined, "school_year"), "school_year_mismatch")).toEqual([]);
  });
});
