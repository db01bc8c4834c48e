/**
 * andt-plan/testing: matchers for a county's own tests of its plan, for `expect.extend` in vitest or jest.
 * Imports no test runner: the runner is the consumer's.
 *
 * @packageDocumentation
 */
export type { MatcherInputErrorCode, MatcherInputErrorDetails } from "./types.js";
export { MatcherInputError } from "./errors.js";
export { andtPlanMatchers } from "./matchers.js";
export { toBeValidPlan } from "./to-be-valid-plan.js";
export { toHaveIssue } from "./to-have-issue.js";
export type { AndtPlanMatchers, MatcherResult } from "./types.js";
