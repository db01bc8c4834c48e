import type { Plan, ValidatePlanOptions, ValidationContext, ValidationIssue, ValidationIssueCode } from "../../src/index.js";
import { validatePlan } from "../../src/index.js";
import { deepFreeze } from "./plans.js";

/** An issue without its message, for exact comparison of the data. */
export type IssueWithoutMessage = Omit<ValidationIssue, "message">;

/**
 * Validates a deep-frozen plan (so a mutation would throw) and returns its issues of one code, without
 * messages.
 */
export function issuesOf(
  plan: Plan,
  code: ValidationIssueCode,
  context?: ValidationContext,
  options?: ValidatePlanOptions,
): IssueWithoutMessage[] {
  return validatePlan(deepFreeze(plan), context === undefined ? undefined : deepFreeze(context), options)
    .issues.filter((issue) => issue.code === code)
    .map(({ message: _message, ...rest }) => rest as IssueWithoutMessage);
}

/** Each issue as "code path", path dot-joined: a compact list to compare where issues stand. */
export function codesAt(issues: readonly { code: string; path: readonly (string | number)[] }[]): string[] {
  return issues.map((i) => `${i.code} ${i.path.join(".")}`);
}
