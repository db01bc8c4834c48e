import { dateOverlaps } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** `schedule_outside_period`: the years and deadline of an activity's schedule fall within the plan's period. */
export const scheduleOutsidePeriodRule: Rule<"schedule_outside_period"> = {
  id: "schedule_outside_period",
  defaultSeverity: "warning",
  description: {
    sv: "En aktivitets tidplan (år och deadline) ligger inom planens period.",
    en: "An activity's schedule (years and deadline) falls within the plan's period.",
  },
  check(plan, { index }) {
    const issues: ValidationIssueDataOf<"schedule_outside_period">[] = [];
    for (const { activity, path } of index.activities) {
      const schedule = activity.schedule;
      if (schedule === undefined) continue;
      schedule.years?.forEach((year, k) => {
        if (!dateOverlaps(String(year), plan.period)) {
          issues.push({
            code: "schedule_outside_period",
            path: [...path, "schedule", "years", k],
            received: String(year),
            period: plan.period,
          });
        }
      });
      if (schedule.deadline !== undefined && !dateOverlaps(schedule.deadline, plan.period)) {
        issues.push({
          code: "schedule_outside_period",
          path: [...path, "schedule", "deadline"],
          received: schedule.deadline,
          period: plan.period,
        });
      }
    }
    return issues;
  },
};
