import { ERROR_MESSAGES } from "./messages.js";
import type { ErrorDetails, GenderErrorCode, Lang } from "./types.js";

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
