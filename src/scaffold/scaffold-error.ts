import { AndtPlanError, type ErrorArgs } from "../core/error.js";
import { scaffoldErrorMessages } from "./messages.js";
import type { ScaffoldErrorDetails } from "./types.js";

/**
 * Thrown by {@link scaffoldRegionalPlan} and {@link scaffoldLocalPlan} when an option cannot be used: a county
 * or municipality code that names none, a municipality outside the regional plan's county, an id, title or
 * period the plan format refuses. `path` points into the options (`["municipalityCode"]`); the message is in
 * the language asked for, `code` and `details` say the same as data ({@link ScaffoldErrorDetails}).
 *
 * @example
 * ```ts
 * try {
 *   scaffoldLocalPlan(kronoberg2017, { municipalityCode: "1280" });
 * } catch (error) {
 *   if (error instanceof ScaffoldError) console.error(error.code, error.path); // "municipality_outside_county", ["municipalityCode"]
 * }
 * ```
 */
export class ScaffoldError extends AndtPlanError<ScaffoldErrorDetails> {
  override readonly name = "ScaffoldError";

  constructor(...args: ErrorArgs<ScaffoldErrorDetails>) {
    super(scaffoldErrorMessages, ...args);
  }
}
