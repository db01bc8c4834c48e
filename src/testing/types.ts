import type { Path } from "../core/issue.js";
import type { ValidationContext, ValidationIssueCode } from "../validate/types.js";

/**
 * What a matcher returns (*matchningsresultat*): whether it passed, and a message made only when the test
 * runner needs it. The shape `expect.extend` takes in both vitest and jest.
 *
 * @example
 * ```ts
 * const result: MatcherResult = { pass: true, message: () => "expected plan to have errors, but it had none" };
 * ```
 */
export interface MatcherResult {
  /** Whether the matcher passed (before `.not` turns it round). */
  pass: boolean;
  /** The message the runner shows when the assertion fails; for a passing result, the one `.not` shows. */
  message: () => string;
}

/**
 * The matchers of andt-plan/testing as methods of an assertion, for augmenting the test runner's types;
 * `R` is what the runner's assertions return.
 *
 * vitest (`any` is vitest's own type parameter default, which an augmentation must repeat):
 *
 * ```ts
 * declare module "vitest" {
 *   interface Assertion<T = any> extends AndtPlanMatchers<T> {}
 * }
 * ```
 *
 * jest:
 *
 * ```ts
 * declare global {
 *   namespace jest {
 *     interface Matchers<R> extends AndtPlanMatchers<R> {}
 *   }
 * }
 * ```
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { andtPlanMatchers, type AndtPlanMatchers } from "andt-plan/testing";
 * expect.extend(andtPlanMatchers);
 * expect(plan).toBeValidPlan({ strategies: [andt2016] });
 * ```
 */
export interface AndtPlanMatchers<R = unknown> {
  /** Passes when `validatePlan` finds no error in the plan, validated against `context`. */
  toBeValidPlan(context?: ValidationContext): R;
  /** Passes when the validation report has an issue of `code`, at exactly `path` when given. */
  toHaveIssue(code: ValidationIssueCode, path?: Path): R;
}

/**
 * Why a matcher could not check what it received:
 * - `not_a_plan`: `toBeValidPlan` got something that is not a plan (an object with `kind: "plan"`);
 * - `not_a_report`: `toHaveIssue` got something that is not a validation report (an object with `issues`).
 *
 * @example
 * ```ts
 * const code: MatcherInputErrorCode = "not_a_report";
 * ```
 */
export type MatcherInputErrorCode = "not_a_plan" | "not_a_report";

/**
 * Plain data about what a matcher received, for programs (the message is for people).
 *
 * @example
 * ```ts
 * const details: MatcherInputErrorDetails = { received: "string" };
 * ```
 */
export interface MatcherInputErrorDetails {
  /** What was received: `typeof`, `null` or `array`, or `object` for an object of the wrong shape. */
  readonly received: string;
}
