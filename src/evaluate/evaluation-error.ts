import { evaluationErrorMessage } from "../locale/evaluation-messages.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";

/**
 * The `code` of an {@link EvaluationError}.
 *
 * @example
 * ```ts
 * const code: EvaluationErrorCode = "year_outside_plan";
 * ```
 */
export type EvaluationErrorCode = "invalid_as_of" | "year_outside_plan" | "invalid_ratio" | "invalid_plan_period";

/**
 * Thrown by {@link evaluatePlan} when its options cannot be used: an `asOf` that is not a date, a year outside
 * the plan period, a partly-met ratio outside (0, 1]. The message is in the language asked for; `code`, `path`
 * and `data` say the same as data.
 *
 * @example
 * ```ts
 * try {
 *   evaluatePlan(plan, observations, { years: [2030] });
 * } catch (error) {
 *   if (error instanceof EvaluationError) console.error(error.code, error.path); // "year_outside_plan", ["years", 0]
 * }
 * ```
 */
export class EvaluationError extends Error {
  override readonly name = "EvaluationError";
  readonly code: EvaluationErrorCode;
  /** Where in the options the problem is. */
  readonly path: (string | number)[];
  /** The values the message is made from. */
  readonly data: Readonly<Record<string, string>>;

  constructor(code: EvaluationErrorCode, path: (string | number)[], data: Record<string, string>, lang: Lang = DEFAULT_LANG) {
    super(evaluationErrorMessage(code, data, lang));
    this.code = code;
    this.path = path;
    this.data = data;
  }
}
