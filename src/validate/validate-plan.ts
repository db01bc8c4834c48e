import type { Issue, Severity } from "../core/issue.js";
import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { compareDocumentOrder } from "./internal.js";
import { runRules } from "./run-rules.js";
import type { ValidatePlanOptions, ValidationContext, ValidationReport } from "./types.js";

/**
 * Checks what a plan means, beyond its structure (*validering*): unique and well-sequenced codes, actors and
 * national goals that resolve, periods that fit, municipalities of the county, indicators broken down by sex.
 * Runs every rule of {@link rules}; issues come in document order, then by code. For a file that may not parse,
 * {@link validatePlanDocument} reports its parse issues and checks what can be read of it in one run.
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
  const issues = inDocumentOrder(plan, runRules(plan, context, options, lang));
  return { issues, counts: countsOf(issues) };
}

/** Issues sorted by path in document order, then by code; issues equal in both keep their order. */
export function inDocumentOrder<I extends Issue>(root: unknown, issues: readonly I[]): I[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        compareDocumentOrder(root, a.issue.path, b.issue.path) ||
        (a.issue.code < b.issue.code ? -1 : a.issue.code > b.issue.code ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

/** How many issues there are of each severity. */
export function countsOf(issues: readonly Issue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
