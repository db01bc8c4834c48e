import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import { reportErrorMessages } from "./messages.js";
import type { ReportErrorDetails } from "./types.js";

/**
 * Thrown by the report renderers ({@link reportHtml}, {@link reportMarkdown}, {@link reportCsv}) when their
 * options cannot be used with the evaluation (*rapportfel*). The message is in the report's language; `code`,
 * `path` and `details` say the same as data ({@link ReportErrorDetails}).
 *
 * @example
 * ```ts
 * try {
 *   reportHtml(evaluation, { year: 2030 });
 * } catch (error) {
 *   if (error instanceof ReportError) console.error(error.code, error.path); // "unknown_year", ["year"]
 * }
 * ```
 */
export class ReportError extends AndtPlanError<ReportErrorDetails> {
  override readonly name = "ReportError";

  constructor(...args: ErrorArgs<ReportErrorDetails>) {
    super(reportErrorMessages, ...args);
  }
}
