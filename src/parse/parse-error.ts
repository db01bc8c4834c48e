import { AndtPlanError } from "../core/error.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";
import type { ParsedDocument, ParseErrorDetails, ParseIssue } from "./issue.js";
import { parseErrorMessages } from "./messages.js";

/**
 * Thrown by {@link parsePlan}, {@link parseStrategy} and {@link parseObservations} when the input is not a
 * valid document (code `invalid_document`). `issues` lists every problem found, not only the first; the message
 * sums them up.
 *
 * @example
 * ```ts
 * try {
 *   parsePlan(text);
 * } catch (error) {
 *   if (error instanceof ParseError) for (const issue of error.issues) console.error(issue.path.join("."), issue.message);
 * }
 * ```
 */
export class ParseError extends AndtPlanError<ParseErrorDetails> {
  override readonly name = "ParseError";
  /** What was being parsed. */
  readonly document: ParsedDocument;
  /** Every issue found, errors and infos, in a stable order. */
  readonly issues: readonly ParseIssue[];

  constructor(document: ParsedDocument, issues: readonly ParseIssue[], lang: Lang = DEFAULT_LANG) {
    const errors = issues.filter((issue) => issue.severity === "error");
    const first = errors[0];
    const details = first === undefined ? { document, errors: 0 } : { document, errors: errors.length, first };
    super(parseErrorMessages, "invalid_document", [], details, lang);
    this.document = document;
    this.issues = issues;
  }
}
