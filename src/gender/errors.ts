import { ERROR_MESSAGES } from "./messages.js";
import type { ErrorDetails } from "./messages.js";
import type { Lang } from "./types.js";

/**
 * Code of a {@link GenderInputError}: what was wrong with the input.
 *
 * @example
 * ```ts
 * const code: GenderErrorCode = "negative_count";
 * ```
 */
export type GenderErrorCode =
  | "invalid_value"
  | "invalid_unit"
  | "invalid_cell"
  | "unknown_cell"
  | "duplicate_cell"
  | "mixed_cells"
  | "not_a_number"
  | "negative_count"
  | "negative_value"
  | "non_integer_count"
  | "count_too_large"
  | "percent_out_of_range"
  | "invalid_age_group"
  | "duplicate_age_group"
  | "overlapping_age_groups"
  | "mismatched_cells"
  | "not_counts"
  | "unknown_total"
  | "zero_total"
  | "parts_exceed_total"
  | "zero_denominator"
  | "zero_population"
  | "suppressed_cell"
  | "missing_cell"
  | "age_required"
  | "population_required"
  | "invalid_threshold"
  | "invalid_tolerance"
  | "invalid_decimals"
  | "cannot_protect"
  | "empty_input"
  | "invalid_row"
  | "unknown_code"
  | "not_a_cell";

/**
 * Where in the input the error is, as keys and indexes: `["cells", 1, "value"]`.
 *
 * @example
 * ```ts
 * const path: ErrorPath = ["cells", 1, "value"];
 * ```
 */
export type ErrorPath = readonly (string | number)[];

/**
 * Invalid input to the gender toolkit (*ogiltig indata*). Carries a `code`, the `path` to the offending part,
 * plain-data `details`, and a message in Swedish or English.
 *
 * @example
 * ```ts
 * try {
 *   disaggregated({ unit: "count", cells: [{ sex: "female", value: -1 }] }, { lang: "en" });
 * } catch (error) {
 *   if (error instanceof GenderInputError) console.log(error.code, error.path); // "negative_count" ["cells", 0, "value"]
 * }
 * ```
 */
export class GenderInputError extends Error {
  /** What was wrong. */
  readonly code: GenderErrorCode;
  /** Where in the input. */
  readonly path: ErrorPath;
  /** What was found, as plain data. */
  readonly details: ErrorDetails;

  /**
   * @param code - what was wrong
   * @param path - where in the input
   * @param details - what was found, as plain data
   * @param lang - language of the message; default Swedish
   */
  constructor(code: GenderErrorCode, path: ErrorPath, details: ErrorDetails = {}, lang: Lang = "sv") {
    const template: (x: ErrorDetails) => string = ERROR_MESSAGES[code][lang];
    super(template(details));
    this.name = "GenderInputError";
    this.code = code;
    this.path = path;
    this.details = details;
  }
}
