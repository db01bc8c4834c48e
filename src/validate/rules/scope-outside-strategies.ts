import { strategiesScope } from "../internal.js";
import type { Rule, ValidationIssueDataOf } from "../types.js";

/**
 * `scope_outside_strategies`: each substance of the plan's `scope` is covered by one of the strategies it
 * implements, when every one of them is given. Only noted: a plan may go beyond its strategy (gambling in a plan
 * under ANDT 2016–2020), but it is worth knowing.
 */
export const scopeOutsideStrategiesRule: Rule<"scope_outside_strategies"> = {
  id: "scope_outside_strategies",
  defaultSeverity: "info",
  description: {
    sv: "Varje ämne i planens omfattning (scope) omfattas av någon av de strategier planen genomför, när alla är givna.",
    en: "Every substance of the plan's scope is covered by one of the strategies the plan implements, when all of them are given.",
  },
  check(plan, context) {
    const scope = strategiesScope(plan, context.strategies);
    if (scope === undefined || plan.scope === undefined) return [];
    const issues: ValidationIssueDataOf<"scope_outside_strategies">[] = [];
    plan.scope.forEach((substance, k) => {
      if (!scope.includes(substance)) {
        issues.push({ code: "scope_outside_strategies", path: ["scope", k], substance, scope, strategies: [...plan.strategies] });
      }
    });
    return issues;
  },
};
