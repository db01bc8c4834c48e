import type { Plan } from "../../src/index.js";
import type { Finding, FindingCode, ValidatePlanOptions, ValidationContext } from "../../src/index.js";
import { validatePlan } from "../../src/index.js";
import { deepFreeze } from "./plans.js";

/** A finding without its message, for exact comparison of the data. */
export type FindingWithoutMessage = Omit<Finding, "message">;

/**
 * Validates a deep-frozen plan (so a mutation would throw) and returns its findings of one code, without
 * messages.
 */
export function findingsOf(plan: Plan, code: FindingCode, context?: ValidationContext, options?: ValidatePlanOptions): FindingWithoutMessage[] {
  return validatePlan(deepFreeze(plan), context === undefined ? undefined : deepFreeze(context), options)
    .findings.filter((finding) => finding.code === code)
    .map(({ message: _message, ...rest }) => rest as FindingWithoutMessage);
}
