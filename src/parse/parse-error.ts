import { parseErrorSummary } from "../locale/parse-messages.js";
import type { ParseIssue } from "./issue.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";

/**
 * What a {@link ParseError} was parsing: a plan, a national strategy or an observation file.
 *
 * @example
 * ```ts
 * if (error instanceof ParseError && error.document === "observations") console.error(error.message);
 * ```
 */
export type ParsedDocument = "plan" | "strategy" | "observations";

/**
 * Thrown by {@link parsePlan}, {@link parseStrategy} and {@link parseObservations} when the input is not a valid document. `issues` lists
 * every problem found, not only the first; the message sums them up.
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
export class ParseError extends Error {
  override readonly name = "ParseError";
  /** What was being parsed. */
  readonly document: ParsedDocument;
  /** Every issue found, errors and infos, in a stable order. */
  readonly issues: readonly ParseIssue[];

  constructor(document: ParsedDocument, issues: readonly ParseIssue[], lang: Lang = DEFAULT_LANG) {
    super(parseErrorSummary(document, issues, lang));
    this.document = document;
    this.issues = issues;
  }
}
