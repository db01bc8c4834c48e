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

// The only place the wording lives; throw sites pass data, never text.
const MESSAGES: Record<MatcherInputErrorCode, (details: MatcherInputErrorDetails) => { sv: string; en: string }> = {
  not_a_plan: ({ received }) => ({
    sv: `toBeValidPlan förväntar sig en plan (ett objekt med kind "plan") men fick: ${received}.`,
    en: `toBeValidPlan expects a plan (an object with kind "plan") but received: ${received}.`,
  }),
  not_a_report: ({ received }) => ({
    sv: `toHaveIssue förväntar sig en valideringsrapport (ett objekt med issues) men fick: ${received}.`,
    en: `toHaveIssue expects a validation report (an object with issues) but received: ${received}.`,
  }),
};

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
export class MatcherInputError extends Error {
  override readonly name = "MatcherInputError";
  /** Why the matcher could not check its input. */
  readonly code: MatcherInputErrorCode;
  /** What was received. */
  readonly details: MatcherInputErrorDetails;
  /** The message in Swedish and English. */
  readonly messages: { readonly sv: string; readonly en: string };

  constructor(code: MatcherInputErrorCode, details: MatcherInputErrorDetails) {
    const messages = MESSAGES[code](details);
    super(messages.en);
    this.code = code;
    this.details = details;
    this.messages = messages;
  }
}
