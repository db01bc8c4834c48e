import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import { genderErrorMessages } from "./messages.js";
import type { GenderErrorDetails } from "./types.js";

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
export class GenderInputError extends AndtPlanError<GenderErrorDetails> {
  override readonly name = "GenderInputError";

  constructor(...args: ErrorArgs<GenderErrorDetails>) {
    super(genderErrorMessages, ...args);
  }
}
