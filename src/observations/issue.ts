import type { TextEncoding } from "../core/encoding.js";
import type { IssueData, IssueOf, Path } from "../core/issue.js";
import type { OptionName } from "../core/option-error.js";
import type { Cell, ErrorDetails, GenderErrorCode } from "../gender/types.js";
import type { Period } from "../model/common.js";
import type { Breakdown, UnitBreakdown } from "../model/indicator.js";
import type { CoverageSet, MeasureType } from "../model/measure.js";
import type { ParseIssue, ParseIssueDetails } from "../parse/issue.js";

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

/**
 * The details each code of an {@link ObservationDataIssue} carries besides code, path and message, keyed by
 * code; a code that parsing reports too ({@link ParseIssueDetails}) carries the same details.
 *
 * @example
 * ```ts
 * const details: ObservationDataIssueDetails["negative_value"] = { severity: "error", value: -3 };
 * ```
 */
export interface ObservationDataIssueDetails {
  // Checking against the plan, and checks that need no plan
  plan_mismatch: { severity: "warning"; expected: string; received: string };
  unknown_indicator: { severity: "error"; indicator: string };
  unknown_activity: { severity: "error"; activity: string };
  activity_mismatch: { severity: "error"; indicator: string; activity: string; expected: string };
  year_outside_plan: { severity: "error"; year: number; period: Period };
  negative_value: { severity: "error"; value: number };
  parts_above_total: {
    severity: "error";
    breakdown: "sex" | "municipality" | UnitBreakdown;
    field: "value" | "numerator" | "denominator";
    parts: number;
    total: number;
  };
  invalid_breakdown: { severity: "error"; reason: GenderErrorCode; details: ErrorDetails };
  value_kind_mismatch: {
    severity: "error" | "warning";
    indicator: string;
    measure: MeasureType;
    field: ValueField;
    expected: ValueField[];
  };
  share_above_whole: { severity: "error"; numerator: number; denominator: number };
  not_whole_number: { severity: "error"; value: number };
  coverage_above_total: { severity: "error"; value: number; total: number; of?: CoverageSet };
  undeclared_breakdown: { severity: "warning"; indicator: string; breakdown: UnitBreakdown; declared: Breakdown[] };
  unknown_unit: { severity: "error"; indicator: string; breakdown: UnitBreakdown; unit: string; expected: string[] };
  duplicate_unit: { severity: "error"; breakdown: UnitBreakdown; unit: string; firstPath: Path; firstLine?: number };
  not_school_year: { severity: "warning"; indicator: string; year: number; expected: Period; received: Period };
  share_cell_above_whole: { severity: "error"; cell: Cell; value: number };
  percent_above_hundred: { severity: "error"; value: number };
  done_on_other_year: { severity: "warning"; doneOn: string; year: number };
  municipality_outside_plan: { severity: "error"; municipality: string; expected: string };
  decoded_as_utf_16: { severity: "info" };
  duplicate_observation: { severity: "warning"; indicator: string; year: number; firstPath: Path; firstLine?: number };
  duplicate_municipality: { severity: "error"; municipality: string; firstPath: Path; firstLine?: number };
  unknown_municipality: { severity: "error"; municipality: string };
  municipality_outside_county: { severity: "warning"; municipality: string; municipalityCountyCode: string; countyCode: string };
  // Reading CSV
  byte_order_mark: { severity: "info" };
  decoded_as_windows_1252: { severity: "info" };
  unicode_normalized: { severity: "info" };
  /** `detected`: the encoding the bytes seem to be in (Windows-1252 unless they are UTF-16). */
  invalid_encoding: { severity: "error"; detected: TextEncoding };
  invalid_csv: { severity: "error"; reason: string };
  missing_column: { severity: "error"; role: "indicator" | "year" | "start" | "end"; names: string[] };
  duplicate_column: { severity: "error"; firstColumn: string; column: string };
  forbidden_column: { severity: "error"; column: string };
  unknown_column: { severity: "warning"; column: string };
  empty_cell: { severity: "error"; column: string };
  invalid_id: { severity: "error"; received: string };
  invalid_year: { severity: "error"; received: string; column: string };
  invalid_number: { severity: "error"; received: string; column: string };
  invalid_boolean: { severity: "error"; received: string; column: string };
  invalid_date: { severity: "error"; received: string };
  invalid_municipality: { severity: "error"; received: string; column: string };
  incomplete_period: { severity: "error"; column: string };
  period_reversed: { severity: "error"; start: string; end: string };
  period_spans_years: { severity: "error"; start: string; end: string; column: string };
  extra_cells: { severity: "error"; count: number };
  suppressed_value: { severity: "info"; column: string };
  not_for_municipality: { severity: "error"; column: string };
  not_for_unit: { severity: "error"; column: string };
  several_parts: { severity: "error"; columns: string[] };
  conflicting_cell: { severity: "error"; received: string; expected: string; firstLine: number; column: string };
  share_from_percent: { severity: "info"; value: number; column: string };
  percent_not_applicable: { severity: "error"; indicator: string; measure: MeasureType; column: string };
  total_from_parts: { severity: "info"; field: "value" | "numerator" | "denominator"; total: number; parts: number; column: string };
  // Reading CSV as a stream: what only the whole file could tell
  /** A row of an observation whose rows began at `firstLine` and were already given: in a stream they must be adjacent. */
  rows_not_adjacent: { severity: "error"; indicator: string; year: number; firstLine: number };
  /** A cell under an empty header cell: a stream cannot wait for the whole file to name the column `column_<n>`. */
  cell_without_header: { severity: "warning"; column: string; received: string };
  /** A byte that is not UTF-8 after a character that was: the stream had read the file as UTF-8 and stops. */
  encoding_changed: { severity: "error" };
  // Reading Kolada
  unmapped_kpi: { severity: "warning"; kpi: string };
  outside_plan_area: { severity: "warning"; area: string; expected?: string };
  missing_value: { severity: "info"; municipality: string; status?: string };
  breakdown_not_kept: { severity: "info"; municipality: string };
  invalid_kolada_row: {
    severity: "error";
    reason: GenderErrorCode | "invalid_municipality_code" | "invalid_year";
    details: ErrorDetails;
  };
  // Both readers: an option or an input they cannot use
  invalid_option: { severity: "error"; option: OptionName | "lang"; received: string; allowed?: readonly string[] };
  invalid_type: { severity: "error"; expected: string; received: string };
  // Both readers
  related_row_rejected: { severity: "error"; causePath: Path; causeLine?: number };
}

/**
 * Where in a CSV file an observation issue is, besides its `path`: the 1-based `line` the row starts on (1 for
 * the header and the file as a whole) and the `column` as its header is written.
 */
export interface CsvLocation {
  /** For a CSV file: the 1-based line the row starts on (1 for the header and the file as a whole). */
  line?: number;
  /** For a CSV file: the header of the column, as written in the file. */
  column?: string;
}

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
 * - `not_whole_number`: a count, a coverage, a frequency or a share's numerator or denominator that is not a
 *   whole number (3,5 meetings; "1.234" read as 1,234).
 * - `coverage_above_total`: a coverage above the size of its set (the measure's `total`, else its `members`,
 *   else for municipalities the county's).
 * - `undeclared_breakdown` (warning): values by a breakdown (`byUnit`) that the indicator does not declare.
 * - `unknown_unit`: a unit that is not among the indicator's `breakdownUnits` for that breakdown.
 * - `duplicate_unit`: the same unit twice in one breakdown of one observation.
 * - `not_school_year` (warning): an indicator counted per school year whose observation's period is not the
 *   school year ending in its year (August of the year before to June).
 * - `share_cell_above_whole`: a cell of a share's breakdown by sex above 1 (each sex's own share is 0–1).
 * - `percent_above_hundred`: a per cent's value, or a municipality's, above 100 (a cell of its breakdown by sex
 *   above 100 is an `invalid_breakdown`, `percent_out_of_range`).
 * - `municipality_outside_plan`: a municipality other than a local plan's own.
 * - `done_on_other_year` (warning): a done date in another year than the observation's; it counts in the
 *   observation's year.
 * - `duplicate_observation` (warning): the same indicator, year and period twice.
 * - `duplicate_municipality`: the same municipality twice in one observation.
 * - `unknown_municipality`, `municipality_outside_county` (warning).
 *
 * Reading CSV: `byte_order_mark`, `decoded_as_utf_16`, `decoded_as_windows_1252`, `unicode_normalized`, `suppressed_value`,
 * `total_from_parts`, `share_from_percent` (infos); `unknown_column` (warning); `invalid_encoding`, `invalid_csv`, `missing_column`,
 * `duplicate_column`, `forbidden_column`, `empty_cell`, `invalid_id`, `invalid_year`, `invalid_number`, `invalid_boolean`,
 * `invalid_date`, `invalid_municipality`, `incomplete_period`, `period_reversed`, `period_spans_years`, `extra_cells`,
 * `not_for_municipality`, `not_for_unit`, `several_parts`, `conflicting_cell`, `percent_not_applicable` (errors).
 * Reading CSV as a stream ({@link streamObservationsFromCsv}) only: `cell_without_header` (warning);
 * `rows_not_adjacent`, `encoding_changed` (errors).
 * A per-cent column (`procent`, `andel (%)`, `percent`) is the value column: a per cent's value as it is; for a
 * share given only as a per cent, numerator the per cent and denominator 100 (`share_from_percent`); for any
 * other measure refused (`percent_not_applicable`).
 *
 * Reading Kolada: `unmapped_kpi`, `outside_plan_area` (warnings); `missing_value`, `breakdown_not_kept` (infos);
 * `invalid_kolada_row` (error).
 *
 * Both readers: `related_row_rejected` (error), for a row left out because another row of the same
 * observation has an error; `invalid_option` (an option they cannot use: nothing is read) and `invalid_type`
 * (an input of the wrong type), errors they report where a throwing function would throw.
 *
 * @example
 * ```ts
 * const issue: ObservationDataIssue = {
 *   code: "invalid_number", severity: "error", path: ["Värde"], line: 7, column: "Värde", received: "12 st",
 *   message: "\"12 st\" är inget tal; …",
 * };
 * ```
 */
export type ObservationDataIssue = IssueOf<ObservationDataIssueDetails, CsvLocation>;

/**
 * Any problem with follow-up observations: one in their values ({@link ObservationDataIssue}), or, from an
 * observation file in JSON, one in the file's structure ({@link ParseIssue}, as {@link safeParseObservations}
 * reports it). Discriminated on `code`: a code that both can report, such as `byte_order_mark` or
 * `invalid_date`, carries the same details from either; only an issue of a CSV file has a `line`.
 *
 * @example
 * ```ts
 * const { issues } = await loadObservations("uppfoljning.csv", { plan });
 * for (const issue of issues) console.log(issue.line ?? issue.path.join("."), issue.code, issue.message);
 * ```
 */
export type ObservationIssue = ObservationDataIssue | Exclude<ParseIssue, { code: ObservationDataIssue["code"] }>;

/**
 * The `code` of every {@link ObservationIssue}.
 *
 * @example
 * ```ts
 * const rejected: ObservationIssueCode[] = ["invalid_number", "unknown_indicator"];
 * ```
 */
export type ObservationIssueCode = ObservationIssue["code"];

/** An observation issue before its message is written. */
export type ObservationIssueData = IssueData<ObservationDataIssue>;
