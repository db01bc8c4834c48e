import { periodWithin } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/** `period_outside_strategy`: the plan's period lies within the period of each given strategy it implements. */
export const periodOutsideStrategyRule: Rule<"period_outside_strategy"> = {
  id: "period_outside_strategy",
  defaultSeverity: "warning",
  description: {
    sv: "Planens period ligger inom perioden för varje given strategi som planen genomför.",
    en: "The plan's period lies within the period of every given strategy the plan implements.",
  },
  check(plan, context) {
    const issues: ValidationIssueDataOf<"period_outside_strategy">[] = [];
    for (const id of plan.strategies) {
      const strategy = context.strategies?.find((candidate) => candidate.id === id);
      if (strategy !== undefined && !periodWithin(plan.period, strategy.period)) {
        issues.push({
          code: "period_outside_strategy",
          path: ["period"],
          strategy: id,
          period: plan.period,
          strategyPeriod: strategy.period,
        });
      }
    }
    return issues;
  },
};
