import type { GenderErrorCode } from "../gender/errors.js";
import type { ErrorDetails } from "../gender/messages.js";
import type { Period } from "../model/common.js";
import type { MeasureType } from "../model/measure.js";
import type { ParseIssue } from "../parse/issue.js";
import type { Path } from "../core/issue.js";

/**
 * The fields of an {@link Observation} that carry its value (*värdefält*): which of them an indicator expects
 * depends on its measure.
 *
 * @example
 * ```ts
 * const field: ValueField = "numerator";
 * ```
 */
export type ValueField = "value" | "numerator" | "denominator" | "done" | "doneOn" | "text";

interface IssueBase {
  /**
   * Where the problem is: into the observation file (`["observations", 3, "value"]`), into the Kolada response
   * (`["values", 7, "values", 0, "value"]`), or, for a CSV file, `[column]` (the header as written) or `[]`.
   */
  path: Path;
  /** The problem in words, in the language asked for. */
  message: string;
  /** For a CSV file: the 1-based line the row starts on (1 for the header and the file as a whole). */
  line?: number;
  /** For a CSV file: the header of the column, as written in the file. */
  column?: string;
}

interface ErrorBase extends IssueBase {
  severity: "error";
}

interface InfoBase extends IssueBase {
  severity: "info";
}

// A warning is written as Omit<ErrorBase, "severity"> & { severity: "warning" }, since the documentation
// lists the bases it leaves out by name (ErrorBase, InfoBase) and a third would need a config change.

/**
 * A problem found in the values of follow-up observations (*uppföljningsvärden*): by {@link checkObservations},
 * or while reading a CSV file ({@link observationsFromCsv}) or a Kolada response ({@link observationsFromKolada}).
 * Plain data, discriminated on `code`. An `error` keeps the observation (or the CSV row, or the Kolada row) out
 * of what a reader returns; a `warning` or an `info` does not.
 *
 * Checking observations against a plan:
 * - `plan_mismatch` (warning): the observation set names another plan.
 * - `unknown_indicator`, `unknown_activity`: the plan has no such indicator or activity.
 * - `activity_mismatch`: the indicator belongs to another activity.
 * - `year_outside_plan`: the year is not within the plan's period.
 * - `negative_value`: a value, numerator, denominator or part below zero.
 * - `parts_above_total`: the sex cells or the municipalities add up to more than the total (counts only).
 * - `invalid_breakdown`: the sex breakdown is not a valid value of the gender toolkit (duplicate cells …).
 * - `value_kind_mismatch`: a value field the indicator's measure does not use (error), or only a text for a
 *   measure that expects a number or a done (warning).
 * - `share_above_whole`: a numerator above its denominator.
 * - `duplicate_observation` (warning): the same indicator, year and period twice.
 * - `duplicate_municipality`: the same municipality twice in one observation.
 * - `unknown_municipality`, `municipality_outside_county` (warning).
 *
 * Reading CSV: `byte_order_mark`, `decoded_as_windows_1252`, `unicode_normalized`, `suppressed_value`,
 * `total_from_parts` (infos); `unknown_column` (warning); `invalid_encoding`, `invalid_csv`, `missing_column`,
 * `duplicate_column`, `forbidden_column`, `empty_cell`, `invalid_id`, `invalid_year`, `invalid_number`, `invalid_boolean`,
 * `invalid_date`, `invalid_municipality`, `incomplete_period`, `period_reversed`, `period_spans_years`, `extra_cells`,
 * `not_for_municipality`, `conflicting_cell` (errors).
 *
 * Reading Kolada: `unmapped_kpi`, `outside_plan_area` (warnings); `missing_value`, `breakdown_not_kept` (infos);
 * `invalid_kolada_row` (error).
 *
 * Both readers: `related_row_rejected` (error), for a row left out because another row of the same
 * observation has an error.
 *
 * @example
 * ```ts
 * const issue: ObservationDataIssue = {
 *   code: "invalid_number", severity: "error", path: ["Värde"], line: 7, column: "Värde", received: "12 st",
 *   message: "\"12 st\" är inget tal; …",
 * };
 * ```
 */
export type ObservationDataIssue =
  // Checking against the plan, and checks that need no plan
  | (Omit<ErrorBase, "severity"> & { severity: "warning"; code: "plan_mismatch"; expected: string; received: string })
  | (ErrorBase & { code: "unknown_indicator"; indicator: string })
  | (ErrorBase & { code: "unknown_activity"; activity: string })
  | (ErrorBase & { code: "activity_mismatch"; indicator: string; activity: string; expected: string })
  | (ErrorBase & { code: "year_outside_plan"; year: number; period: Period })
  | (ErrorBase & { code: "negative_value"; value: number })
  | (ErrorBase & {
      code: "parts_above_total";
      breakdown: "sex" | "municipality";
      field: "value" | "numerator" | "denominator";
      parts: number;
      total: number;
    })
  | (ErrorBase & { code: "invalid_breakdown"; reason: GenderErrorCode; details: ErrorDetails })
  | (Omit<ErrorBase, "severity"> & {
      severity: "error" | "warning";
      code: "value_kind_mismatch";
      indicator: string;
      measure: MeasureType;
      field: ValueField;
      expected: ValueField[];
    })
  | (ErrorBase & { code: "share_above_whole"; numerator: number; denominator: number })
  | (Omit<ErrorBase, "severity"> & {
      severity: "warning";
      code: "duplicate_observation";
      indicator: string;
      year: number;
      firstPath: Path;
      firstLine?: number;
    })
  | (ErrorBase & { code: "duplicate_municipality"; municipality: string; firstPath: Path; firstLine?: number })
  | (ErrorBase & { code: "unknown_municipality"; municipality: string })
  | (Omit<ErrorBase, "severity"> & {
      severity: "warning";
      code: "municipality_outside_county";
      municipality: string;
      municipalityCountyCode: string;
      countyCode: string;
    })
  // Reading CSV
  | (InfoBase & { code: "byte_order_mark"; line: number })
  | (InfoBase & { code: "decoded_as_windows_1252"; line: number })
  | (InfoBase & { code: "unicode_normalized"; line: number })
  | (ErrorBase & { code: "invalid_encoding"; line: number })
  | (ErrorBase & { code: "invalid_csv"; reason: string; line: number })
  | (ErrorBase & { code: "missing_column"; role: "indicator" | "year" | "start" | "end"; names: string[]; line: number })
  | (ErrorBase & { code: "duplicate_column"; firstColumn: string; line: number; column: string })
  | (ErrorBase & { code: "forbidden_column"; line: number; column: string })
  | (Omit<ErrorBase, "severity"> & { severity: "warning"; code: "unknown_column"; line: number; column: string })
  | (ErrorBase & { code: "empty_cell"; line: number; column: string })
  | (ErrorBase & { code: "invalid_id"; received: string; line: number; column: string })
  | (ErrorBase & { code: "invalid_year"; received: string; line: number; column: string })
  | (ErrorBase & { code: "invalid_number"; received: string; line: number; column: string })
  | (ErrorBase & { code: "invalid_boolean"; received: string; line: number; column: string })
  | (ErrorBase & { code: "invalid_date"; received: string; line: number; column: string })
  | (ErrorBase & { code: "invalid_municipality"; received: string; line: number; column: string })
  | (ErrorBase & { code: "incomplete_period"; line: number; column: string })
  | (ErrorBase & { code: "period_reversed"; start: string; end: string; line: number; column: string })
  | (ErrorBase & { code: "period_spans_years"; start: string; end: string; line: number; column: string })
  | (ErrorBase & { code: "extra_cells"; count: number; line: number })
  | (InfoBase & { code: "suppressed_value"; line: number; column: string })
  | (ErrorBase & { code: "not_for_municipality"; line: number; column: string })
  | (ErrorBase & { code: "conflicting_cell"; received: string; expected: string; firstLine: number; line: number; column: string })
  | (InfoBase & {
      code: "total_from_parts";
      field: "value" | "numerator" | "denominator";
      total: number;
      parts: number;
      line: number;
      column: string;
    })
  // Reading Kolada
  | (Omit<ErrorBase, "severity"> & { severity: "warning"; code: "unmapped_kpi"; kpi: string })
  | (Omit<ErrorBase, "severity"> & { severity: "warning"; code: "outside_plan_area"; area: string; expected?: string })
  | (InfoBase & { code: "missing_value"; municipality: string; status?: string })
  | (InfoBase & { code: "breakdown_not_kept"; municipality: string })
  | (ErrorBase & { code: "invalid_kolada_row"; reason: GenderErrorCode | "invalid_municipality_code"; details: ErrorDetails })
  // Both readers
  | (ErrorBase & { code: "related_row_rejected"; causePath: Path; causeLine?: number });

/**
 * Any problem with follow-up observations: one in their values ({@link ObservationDataIssue}), or, from an
 * observation file in JSON, one in the file's structure ({@link ParseIssue}, as {@link safeParseObservations}
 * reports it). Discriminated on `code`; a code such as `byte_order_mark` or `invalid_date` can come from
 * either, and only a CSV issue has a `line`.
 *
 * @example
 * ```ts
 * const { issues } = await loadObservations("uppfoljning.csv", { plan });
 * for (const issue of issues) console.log(issue.line ?? issue.path.join("."), issue.code, issue.message);
 * ```
 */
export type ObservationIssue = ObservationDataIssue | ParseIssue;

/**
 * The `code` of every {@link ObservationIssue}.
 *
 * @example
 * ```ts
 * const rejected: ObservationIssueCode[] = ["invalid_number", "unknown_indicator"];
 * ```
 */
export type ObservationIssueCode = ObservationIssue["code"];
