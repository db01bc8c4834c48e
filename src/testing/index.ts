/**
 * andt-plan/testing: matchers for a county's own tests of its plan, for `expect.extend` in vitest or jest.
 * Imports no test runner: the runner is the consumer's.
 *
 * @packageDocumentation
 */
export type { MatcherInputErrorCode, MatcherInputErrorDetails } from "./errors.js";
export { MatcherInputError } from "./errors.js";
export { andtPlanMatchers } from "./matchers.js";
export { toBeValidPlan } from "./to-be-valid-plan.js";
export { toHaveFinding } from "./to-have-finding.js";
export type { AndtPlanMatchers, MatcherResult } from "./types.js";
