/**
 * The details each code of a {@link ReportError} carries, keyed by code:
 * - `no_years`: the evaluation covers no years;
 * - `unknown_year`: `options.year` is not one of the evaluation's years;
 * - `invalid_threshold`, `invalid_delimiter`, `invalid_compact`: an option that cannot be used (as given, in `received`).
 *
 * @example
 * ```ts
 * const details: ReportErrorDetails["unknown_year"] = { year: 2030, years: [2017, 2018, 2019] };
 * ```
 */
export interface ReportErrorDetails {
  no_years: Record<string, never>;
  unknown_year: { year: number; years: number[] };
  invalid_threshold: { received: string };
  invalid_delimiter: { received: string };
  invalid_compact: { received: string };
}

/**
 * The `code` of a {@link ReportError}.
 *
 * @example
 * ```ts
 * const code: ReportErrorCode = "unknown_year";
 * ```
 */
export type ReportErrorCode = keyof ReportErrorDetails;
