import { toBeValidPlan } from "./to-be-valid-plan.js";
import { toHaveIssue } from "./to-have-issue.js";

/**
 * All matchers of andt-plan/testing (*testmatchare*), ready for `expect.extend` in vitest or jest. Augment the
 * runner's types with {@link AndtPlanMatchers}.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { andtPlanMatchers } from "andt-plan/testing";
 * expect.extend(andtPlanMatchers);
 * ```
 */
export const andtPlanMatchers = Object.freeze({
  /** See {@link toBeValidPlan}. */
  toBeValidPlan,
  /** See {@link toHaveIssue}. */
  toHaveIssue,
});
