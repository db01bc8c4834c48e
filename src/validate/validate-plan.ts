import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { counties } from "../reference/counties.js";
import { municipalities } from "../reference/municipalities.js";
import { compareDocumentOrder } from "./internal.js";
import { withValidationMessage } from "./messages.js";
import { RULES } from "./rule-set.js";
import type { RuleContext, ValidatePlanOptions, ValidationContext, ValidationIssue, ValidationReport } from "./types.js";

/**
 * Checks what a plan means, beyond its structure (*validering*): unique and well-sequenced codes, actors and
 * national goals that resolve, periods that fit, municipalities of the county, indicators broken down by sex.
 * Runs every rule of {@link rules}; issues come in document order, then by code.
 *
 * @param plan - A plan as {@link parsePlan} returns it; not changed.
 * @param context - Strategies, parent plan, reference data and policy to check against.
 * @param options - Language of messages and severity per rule (`"off"` skips a rule).
 *
 * @example
 * ```ts
 * import { andt2011, andt2016, kronoberg2017 } from "andt-plan/fixtures";
 * const report = validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] });
 * report.counts.error; // 0
 * report.issues.find((f) => f.code === "period_outside_strategy")?.path; // ["period"]
 * ```
 */
export function validatePlan(plan: Plan, context: ValidationContext = {}, options: ValidatePlanOptions = {}): ValidationReport {
  const lang = resolveLang(options.lang);
  const ruleContext: RuleContext = {
    strategies: context.strategies,
    parent: context.parent,
    reference: context.reference ?? { counties: counties(), municipalities: municipalities() },
    policy: context.policy ?? {},
  };
  const found: { issue: ValidationIssue; index: number }[] = [];
  for (const rule of RULES) {
    const setting = options.severity?.[rule.id];
    if (setting === "off") continue;
    for (const data of rule.check(plan, ruleContext)) {
      const issue = withValidationMessage({ ...data, severity: setting ?? data.severity ?? rule.defaultSeverity }, lang);
      found.push({ issue, index: found.length });
    }
  }
  found.sort(
    (a, b) =>
      compareDocumentOrder(plan, a.issue.path, b.issue.path) ||
      (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0) ||
      a.index - b.index,
  );
  const issues = found.map(({ issue }) => issue);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return { issues, counts };
}
