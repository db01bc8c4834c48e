import type { Path } from "../core/issue.js";

interface IssueBase {
  /** Where in the input the problem is. */
  path: Path;
  /** The problem in words, in the language asked for. */
  message: string;
}

interface ErrorBase extends IssueBase {
  severity: "error";
}

interface InfoBase extends IssueBase {
  severity: "info";
}

/**
 * A problem found while parsing a plan or strategy file: plain data, discriminated on `code`, with the
 * details that explain it. Errors make parsing fail; infos (such as a text normalised to NFC) do not.
 *
 * @example
 * ```ts
 * const issue: ParseIssue = {
 *   code: "required", severity: "error", path: ["subGoals", 0, "text"],
 *   message: "Fältet saknas.",
 * };
 * ```
 */
export type ParseIssue =
  | (ErrorBase & { code: "invalid_json"; line: number; column: number })
  | (ErrorBase & { code: "invalid_encoding" })
  | (ErrorBase & { code: "required" })
  | (ErrorBase & { code: "invalid_type"; expected: string; received: string })
  | (ErrorBase & { code: "invalid_value"; expected: (string | number | boolean | null)[]; received: unknown })
  | (ErrorBase & { code: "out_of_range"; received: unknown; minimum?: number; maximum?: number; inclusive: boolean })
  | (ErrorBase & { code: "empty_text" })
  | (ErrorBase & { code: "invalid_id"; received: string })
  | (ErrorBase & { code: "invalid_county_code"; received: string })
  | (ErrorBase & { code: "invalid_municipality_code"; received: string })
  | (ErrorBase & { code: "invalid_goal_number"; received: string })
  | (ErrorBase & { code: "invalid_date"; received: string })
  | (ErrorBase & { code: "period_reversed"; start: string; end: string })
  | (ErrorBase & { code: "text_or_topic_required" })
  | (ErrorBase & { code: "forbidden_key"; key: string })
  | (ErrorBase & { code: "string_too_long"; length: number; maximum: number })
  | (ErrorBase & { code: "too_deep"; maximum: number })
  | (ErrorBase & { code: "circular_reference" })
  | (InfoBase & { code: "unicode_normalized" })
  | (InfoBase & { code: "byte_order_mark" })
  | (InfoBase & { code: "unknown_field"; key: string });

/** The `code` of every {@link ParseIssue}. */
export type ParseIssueCode = ParseIssue["code"];
