import type { TextEncoding } from "../core/encoding.js";
import type { IssueData, IssueOf } from "../core/issue.js";
import type { OptionName } from "../core/option-error.js";

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
 * The details each code of a {@link ParseIssue} carries besides code, path and message, keyed by code. Errors
 * make parsing fail; infos (such as a text normalised to NFC) do not.
 *
 * @example
 * ```ts
 * const details: ParseIssueDetails["string_too_long"] = { severity: "error", length: 120_000, maximum: 100_000 };
 * ```
 */
export interface ParseIssueDetails {
  invalid_json: { severity: "error"; line: number; column: number };
  /** `detected`: the encoding the bytes seem to be in (Windows-1252 unless they are UTF-16). */
  invalid_encoding: { severity: "error"; detected: TextEncoding };
  required: { severity: "error" };
  invalid_type: { severity: "error"; expected: string; received: string };
  invalid_value: { severity: "error"; expected: (string | number | boolean | null)[]; received: unknown };
  out_of_range: { severity: "error"; received: unknown; minimum?: number; maximum?: number; inclusive: boolean };
  empty_text: { severity: "error" };
  invalid_id: { severity: "error"; received: string };
  invalid_county_code: { severity: "error"; received: string };
  invalid_municipality_code: { severity: "error"; received: string };
  invalid_goal_number: { severity: "error"; received: string };
  invalid_date: { severity: "error"; received: string };
  period_reversed: { severity: "error"; start: string; end: string };
  text_or_topic_required: { severity: "error" };
  forbidden_key: { severity: "error"; key: string };
  string_too_long: { severity: "error"; length: number; maximum: number };
  too_deep: { severity: "error"; maximum: number };
  circular_reference: { severity: "error" };
  unicode_normalized: { severity: "info" };
  byte_order_mark: { severity: "info" };
  unknown_field: { severity: "info"; key: string };
  invalid_option: { severity: "error"; option: OptionName | "lang"; received: string; allowed?: readonly string[] };
  key_too_long: { severity: "error"; length: number; maximum: number };
  duplicate_key: { severity: "error"; key: string };
  number_out_of_range: { severity: "error"; received: string };
  unreadable_value: { severity: "error" };
}

/**
 * A problem found while parsing a plan, strategy or observation file: plain data, discriminated on `code`,
 * with the details that explain it ({@link ParseIssueDetails}).
 *
 * @example
 * ```ts
 * const issue: ParseIssue = {
 *   code: "required", severity: "error", path: ["subGoals", 0, "text"],
 *   message: "Fältet saknas men krävs.",
 * };
 * ```
 */
export type ParseIssue = IssueOf<ParseIssueDetails>;

/** The `code` of every {@link ParseIssue}. */
export type ParseIssueCode = ParseIssue["code"];

/** A parse issue before its message is written. */
export type ParseIssueData = IssueData<ParseIssue>;

/**
 * The details of a {@link ParseError}, keyed by its one code, `invalid_document`: what was parsed, how many
 * errors were found, and the first of them.
 *
 * @example
 * ```ts
 * const details: ParseErrorDetails["invalid_document"] = { document: "plan", errors: 1, first: issue };
 * ```
 */
export interface ParseErrorDetails {
  invalid_document: { document: ParsedDocument; errors: number; first?: ParseIssue };
}
