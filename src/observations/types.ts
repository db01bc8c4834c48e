import type { Observation } from "../model/observation.js";
import type { ObservationDataIssue } from "./issue.js";

/**
 * What the observation readers return: the observations that have no error, and every issue found. A row or
 * an observation with an error is left out, and an issue says which and why; nothing is dropped silently.
 *
 * @example
 * ```ts
 * const { observations, issues }: ObservationsResult = observationsFromCsv(text, { plan });
 * for (const issue of issues) console.log(issue.line, issue.column, issue.message);
 * ```
 */
export interface ObservationsResult {
  /** The observations read, in the order of the input. */
  observations: Observation[];
  /** Every issue, in the order of the input (by line for CSV). */
  issues: ObservationDataIssue[];
}
