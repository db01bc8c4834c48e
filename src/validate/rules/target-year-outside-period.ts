import { firstDayOf, lastDayOf } from "../../model/common.js";
import { dateOverlaps } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `target_year_outside_period`: the years of an indicator's year targets, its target's deadline and its
 * milestone's deadline (`measure.deadline`) fall within the plan's period, and its baseline year is not after the period. A baseline before the period is the normal
 * case (2.3 of Kronoberg: the 2015 mapping).
 */
export const targetYearOutsidePeriodRule: Rule<"target_year_outside_period"> = {
  id: "target_year_outside_period",
  defaultSeverity: "error",
  description: {
    sv: "Årsmålens år, målets deadline och milstolpens deadline (measure.deadline) ligger inom planens period, och baslinjens år ligger inte efter perioden (en baslinje före perioden är normal).",
    en: "The years of year targets, a target's deadline and a milestone's deadline (measure.deadline) fall within the plan's period, and a baseline year is not after it (a baseline before the period is normal).",
  },
  check(plan, { index }) {
    const issues: ValidationIssueDataOf<"target_year_outside_period">[] = [];
    const period = plan.period;
    for (const { indicator, path } of index.indicators) {
      const { target, baseline, measure } = indicator;
      const base = { code: "target_year_outside_period", indicator: indicator.id, period } as const;
      target?.yearly?.forEach((year, k) => {
        if (!dateOverlaps(String(year.year), period)) {
          issues.push({ ...base, path: [...path, "target", "yearly", k, "year"], field: "yearly", received: String(year.year) });
        }
      });
      if (target?.deadline !== undefined && !dateOverlaps(target.deadline, period)) {
        issues.push({ ...base, path: [...path, "target", "deadline"], field: "deadline", received: target.deadline });
      }
      if (measure?.type === "milestone" && measure.deadline !== undefined && !dateOverlaps(measure.deadline, period)) {
        issues.push({ ...base, path: [...path, "measure", "deadline"], field: "measureDeadline", received: measure.deadline });
      }
      if (baseline !== undefined && firstDayOf(String(baseline.year)) > lastDayOf(period.end)) {
        issues.push({ ...base, path: [...path, "baseline", "year"], field: "baseline", received: String(baseline.year) });
      }
    }
    return issues;
  },
};
