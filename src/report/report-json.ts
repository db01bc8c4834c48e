import * as z from "zod";
import type { PlanEvaluation } from "../evaluate/types.js";
import { canonicalJson } from "../parse/canonical-json.js";

// No schema describes an evaluation, so every object's keys are in code-point order.
const ANY = z.unknown();

/**
 * The evaluation as stable JSON (*maskinläsbar rapport*), for apps to store and for diffs between runs: keys
 * in code-point order at every level (so the text does not depend on how the object was built), arrays in
 * their order, two-space indent, final newline, and invisible characters such as the no-break space of
 * formatted numbers written as `\u00a0`. `JSON.parse` gives the evaluation back.
 *
 * @example
 * ```ts
 * const json = reportJson(evaluatePlan(plan, observations, { asOf: "2020-03-31" }));
 * JSON.parse(json).kind; // "plan_evaluation"
 * ```
 */
export function reportJson(evaluation: PlanEvaluation): string {
  return canonicalJson(evaluation, ANY);
}
