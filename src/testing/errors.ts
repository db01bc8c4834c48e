import { AndtPlanError } from "../core/error.js";
import { matcherMessages } from "./messages.js";
import type { MatcherInputErrorCode, MatcherInputErrorDetails } from "./types.js";

/**
 * Thrown by a matcher when what it received is not what it checks (*felaktig indata till matchare*); the
 * test fails with this error rather than with a pass or fail that would mean nothing. The message is English,
 * like the matchers' own messages; `messages` has it in Swedish too.
 *
 * @example
 * ```ts
 * try {
 *   toHaveIssue.call(undefined, "not a report", "unknown_actor");
 * } catch (error) {
 *   if (error instanceof MatcherInputError) error.code; // "not_a_report"
 * }
 * ```
 */
export class MatcherInputError extends AndtPlanError<Record<MatcherInputErrorCode, MatcherInputErrorDetails>> {
  override readonly name = "MatcherInputError";

  constructor(code: MatcherInputErrorCode, details: MatcherInputErrorDetails) {
    // English, as test runners write their own messages.
    super(matcherMessages, code, [], details, "en");
  }
}
