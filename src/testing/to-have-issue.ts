import type { Path } from "../core/issue.js";
import type { ValidationIssueCode } from "../validate/types.js";
import { asReport, formatPath, samePath } from "./internal.js";
import type { MatcherResult } from "./types.js";

/**
 * Matcher: passes when the received validation report (*valideringsrapport*) has an issue (*anmärkning*) of
 * `code`, at exactly `path` when one is given. The failure message lists the issues the report does have
 * (code and path), or says it has none. Throws a {@link MatcherInputError} when the received value is not a
 * report.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { validatePlan } from "andt-plan";
 * import { andt2011, andt2016, kronoberg2017 } from "andt-plan/fixtures";
 * import { andtPlanMatchers } from "andt-plan/testing";
 * expect.extend(andtPlanMatchers);
 * expect(validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] })).toHaveIssue("period_outside_strategy", ["period"]);
 * ```
 */
export function toHaveIssue(this: unknown, received: unknown, code: ValidationIssueCode, path?: Path): MatcherResult {
  const report = asReport(received);
  const wanted = path === undefined ? code : `${code} at ${formatPath(path)}`;
  const found = report.issues.some((issue) => issue.code === code && (path === undefined || samePath(issue.path, path)));
  if (found) {
    return { pass: true, message: () => `expected report not to have issue ${wanted}, but it has` };
  }
  return {
    pass: false,
    message: () =>
      report.issues.length === 0
        ? `expected report to have issue ${wanted}, but it has no issues`
        : [
            `expected report to have issue ${wanted}, but it has:`,
            ...report.issues.map((issue) => `  ${issue.code} at ${formatPath(issue.path)}`),
          ].join("\n"),
  };
}
