import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `school_year_mismatch`: an activity scheduled per school year (*varje läsår*) has its frequency indicators
 * counted per school year too, and the other way round (an activity without a schedule is not checked); the follow-up counts by the measure, so a schedule and a
 * measure that disagree would judge a school year's meetings against a calendar year.
 */
export const schoolYearMismatchRule: Rule<"school_year_mismatch"> = {
  id: "school_year_mismatch",
  defaultSeverity: "warning",
  description: {
    sv: 'En aktivitet med tidplan per läsår (schedule.per "school_year") har frekvensindikatorer som räknas per läsår (measure.per), och tvärtom.',
    en: 'An activity scheduled per school year (schedule.per "school_year") has frequency indicators counted per school year (measure.per), and the other way round.',
  },
  check(_plan, { index }) {
    const issues: ValidationIssueDataOf<"school_year_mismatch">[] = [];
    for (const { activity, path } of index.activities) {
      // Without a schedule the activity's text says nothing to disagree with.
      if (activity.schedule === undefined) continue;
      const schedule = activity.schedule.per ?? "year";
      activity.followUp.indicators.forEach((indicator, k) => {
        const { measure } = indicator;
        if (measure?.type !== "frequency") return;
        const counted = measure.per ?? "year";
        if (counted === schedule) return;
        issues.push({
          code: "school_year_mismatch",
          path: [...path, "followUp", "indicators", k, "measure", "per"],
          activity: activity.code,
          indicator: indicator.id,
          schedule,
          measure: counted,
        });
      });
    }
    return issues;
  },
};
