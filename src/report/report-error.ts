import { reportErrorMessage } from "../locale/report-messages.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";

/**
 * The `code` of a {@link ReportError}:
 * - `no_years`: the evaluation covers no years;
 * - `unknown_year`: `options.year` is not one of the evaluation's years;
 * - `invalid_lang`, `invalid_threshold`, `invalid_delimiter`: an option that cannot be used.
 *
 * @example
 * ```ts
 * const code: ReportErrorCode = "unknown_year";
 * ```
 */
export type ReportErrorCode = "no_years" | "unknown_year" | "invalid_lang" | "invalid_threshold" | "invalid_delimiter";

/**
 * Thrown by the report renderers ({@link reportHtml}, {@link reportMarkdown}, {@link reportCsv}) when their
 * options cannot be used with the evaluation (*rapportfel*). The message is in the report's language; `code`,
 * `path` and `data` say the same as data.
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
export class ReportError extends Error {
  override readonly name = "ReportError";
  readonly code: ReportErrorCode;
  /** Where in the options the problem is (empty when it is the evaluation itself). */
  readonly path: (string | number)[];
  /** The values the message is made from. */
  readonly data: Readonly<Record<string, string>>;

  constructor(code: ReportErrorCode, path: (string | number)[], data: Record<string, string>, lang: Lang = DEFAULT_LANG) {
    super(reportErrorMessage(code, data, lang));
    this.code = code;
    this.path = path;
    this.data = data;
  }
}
