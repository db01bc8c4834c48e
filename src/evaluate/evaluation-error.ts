import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import { evaluationErrorMessages } from "./messages.js";
import type { EvaluationErrorDetails } from "./types.js";

/**
 * Thrown by {@link evaluatePlan} when its options cannot be used: an `asOf` that is not a date, a year outside
 * the plan period, a partly-met ratio outside (0, 1]. The message is in the language asked for; `code`, `path`
 * and `details` say the same as data ({@link EvaluationErrorDetails}).
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
export class EvaluationError extends AndtPlanError<EvaluationErrorDetails> {
  override readonly name = "EvaluationError";

  constructor(...args: ErrorArgs<EvaluationErrorDetails>) {
    super(evaluationErrorMessages, ...args);
  }
}
