import type { FindingCode } from "../validate/types.js";
import { asReport, formatPath, samePath } from "./internal.js";
import type { MatcherResult } from "./types.js";
import type { Path } from "../core/issue.js";

/**
 * Matcher: passes when the received validation report (*valideringsrapport*) has a finding (*anmärkning*) of
 * `code`, at exactly `path` when one is given. The failure message lists the findings the report does have
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
 * expect(validatePlan(kronoberg2017, { strategies: [andt2016, andt2011] })).toHaveFinding("period_outside_strategy", ["period"]);
 * ```
 */
export function toHaveFinding(this: unknown, received: unknown, code: FindingCode, path?: Path): MatcherResult {
  const report = asReport(received);
  const wanted = path === undefined ? code : `${code} at ${formatPath(path)}`;
  const found = report.findings.some((finding) => finding.code === code && (path === undefined || samePath(finding.path, path)));
  if (found) {
    return { pass: true, message: () => `expected report not to have finding ${wanted}, but it has` };
  }
  return {
    pass: false,
    message: () =>
      report.findings.length === 0
        ? `expected report to have finding ${wanted}, but it has no findings`
        : [
            `expected report to have finding ${wanted}, but it has:`,
            ...report.findings.map((finding) => `  ${finding.code} at ${formatPath(finding.path)}`),
          ].join("\n"),
  };
}
