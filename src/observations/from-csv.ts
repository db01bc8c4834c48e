import { DEFAULT_LANG, type Lang } from "../core/lang.js";
import { valueText } from "../core/wording.js";
import type { Plan } from "../model/plan.js";
import type { ReferenceData } from "../reference/types.js";
import { readCsvObservations } from "./internal/csv-observations.js";
import type { CsvDelimiter, CsvEncoding } from "./internal/csv-read.js";
import { CSV_OPTIONS, readOptions } from "./internal/reader-options.js";
import { referenceOf } from "./internal/reference.js";
import type { ObservationIssueData } from "./issue.js";
import { withObservationMessage } from "./messages.js";
import type { ObservationsResult } from "./types.js";

export type { CsvDelimiter, CsvEncoding } from "./internal/csv-read.js";

/**
 * Options of {@link observationsFromCsv}.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { plan, lang: "en", delimiter: ";" };
 * ```
 */
export interface CsvOptions {
  /** The plan to check the rows against (indicators, activities, years, measures); without it only the checks that need no plan run. */
  plan?: Plan;
  /** Language of the issues' messages; Swedish by default. */
  lang?: Lang;
  /** How to decode bytes; by default UTF-8, or Windows-1252 when the bytes are not valid UTF-8. */
  encoding?: CsvEncoding;
  /** The delimiter; by default the one of `;`, `,` and tab that the header line uses most. */
  delimiter?: CsvDelimiter;
  /** Counties and municipalities to check municipality codes against; the shipped andt-plan/reference data when absent. */
  reference?: ReferenceData;
}

/**
 * Reads follow-up values from a CSV file as county staff keep it in a spreadsheet (*uppföljning i Excel*):
 * Swedish or English headers (`indikator`/`indicator`, `år`/`year`, `värde`/`antal`/`value`, `kvinnor`,
 * `män`, `flickor`, `pojkar`, `kommun`, `kommentar` …), `;`, `,` or tab, UTF-8 (with or without BOM) or
 * Windows-1252, decimal comma, spaces between thousands. An empty cell is missing, `0` is zero and `..` is a
 * suppressed value. Rows with the same indicator, year and period and a `kommun` are the municipalities of
 * one observation. Columns it does not know are kept in each observation's `extensions`.
 *
 * A row with an error is left out, and every issue carries the 1-based `line` the row starts on (and the
 * `column`, as headed in the file, when it is about a cell): nothing is dropped silently. With a `plan`, the
 * rows are also checked as {@link checkObservations} does. The columns and formats are described in
 * docs/follow-up.md ("Follow-up values in a spreadsheet"). Never throws: unusable options are one
 * `invalid_option` issue, an input that is not text an `invalid_type` issue (docs/robustness.md).
 *
 * @example
 * ```ts
 * const csv = "Indikator;År;Antal;Kvinnor;Män;Kommentar\n3.9-1;2018;23;14;9;Två tillfällen\n";
 * const { observations, issues } = observationsFromCsv(csv, { plan });
 * // observations: [{ indicator: "3.9-1", year: 2018, value: 23, bySex: { cells: [...] }, comment: "Två tillfällen" }]
 * for (const issue of issues) console.log(`rad ${issue.line}: ${issue.message}`);
 * ```
 */
export function observationsFromCsv(input: string | Uint8Array, options?: CsvOptions): ObservationsResult {
  const checked = readOptions(options, CSV_OPTIONS.names, CSV_OPTIONS.checks);
  if ("issue" in checked) return { observations: [], issues: [withObservationMessage(checked.issue, DEFAULT_LANG)] };
  const { lang } = checked;
  const { plan, encoding, delimiter, reference } = checked.values as Omit<CsvOptions, "lang">;
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    const issue: ObservationIssueData = {
      code: "invalid_type",
      severity: "error",
      path: [],
      expected: "string",
      received: valueText(input),
    };
    return { observations: [], issues: [withObservationMessage(issue, lang)] };
  }
  const read = readCsvObservations(input, {
    ...(plan !== undefined ? { plan } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
    reference: referenceOf(reference),
  });
  return { observations: read.observations, issues: read.issues.map((issue) => withObservationMessage(issue, lang)) };
}
