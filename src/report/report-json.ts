import * as z from "zod/mini";
import { valueText } from "../core/wording.js";
import type { PlanEvaluation } from "../evaluate/types.js";
import { canonicalJson } from "../parse/canonical-json.js";
import { reportLang } from "./internal.js";
import { ReportError } from "./report-error.js";

// No schema describes an evaluation, so every object's keys are in code-point order.
const ANY = /* @__PURE__ */ z.unknown();

/**
 * Options of {@link reportJson}.
 *
 * @example
 * ```ts
 * const options: JsonReportOptions = { compact: true };
 * ```
 */
export interface JsonReportOptions {
  /**
   * The compact form (*kompakt*), for storing many evaluations: on one line, without indentation, and each
   * missing value (`missing`) without its indicator's text, which the indicator in `subGoals` has once rather
   * than once a year. `false` by default.
   */
  compact?: boolean;
}

/**
 * The evaluation as stable JSON (*maskinläsbar rapport*), for apps to store and for diffs between runs: keys
 * in code-point order at every level (so the text does not depend on how the object was built), arrays in
 * their order, two-space indent, final newline, and invisible characters such as the no-break space of
 * formatted numbers written as `\u00a0`. `JSON.parse` gives the evaluation back; in the compact form (`compact:
 * true`, see {@link JsonReportOptions}), without the indicators' texts of the missing values. The evaluation is
 * not changed.
 *
 * @throws {@link ReportError} `invalid_compact` for a `compact` that is not `true` or `false` (in the evaluation's language).
 *
 * @example
 * ```ts
 * const json = reportJson(evaluatePlan(plan, observations, { asOf: "2020-03-31" }));
 * JSON.parse(json).kind; // "plan_evaluation"
 * const stored = reportJson(evaluation, { compact: true }); // a third of the size
 * ```
 */
export function reportJson(evaluation: PlanEvaluation, options: JsonReportOptions = {}): string {
  const { compact = false } = options;
  if (typeof compact !== "boolean")
    throw new ReportError("invalid_compact", ["compact"], { received: valueText(compact) }, reportLang(evaluation, undefined));
  if (!compact) return canonicalJson(evaluation, ANY);
  // The missing values name their indicator by id; its text is in the indicator's own entry.
  const missing = evaluation.missing.map(({ text: _text, ...rest }) => rest);
  return canonicalJson({ ...evaluation, missing }, ANY, true);
}
