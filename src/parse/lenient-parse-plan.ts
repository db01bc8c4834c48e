import { type Plan, PlanSchema } from "../model/plan.js";
import type { LenientParseResult, ParseOptions } from "./options.js";
import { runLenientParse } from "./run-parse.js";

/**
 * Parses a plan file (*handlingsplan*) leniently: like {@link safeParsePlan}, it returns the typed plan or every
 * issue, and where the file fails it also returns the part of the plan that could be read (`partial`) and the
 * paths of the parts left out (`unreadable`), so that {@link validatePlanDocument} can check what the plan means
 * in the same run. A blank text or an invalid date keeps its part readable; a wrong type in one activity leaves
 * out that activity alone. The input is never changed.
 *
 * @example
 * ```ts
 * const result = lenientParsePlan(await readFile("plan.json", "utf8"), { lang: "en" });
 * if (!result.success) {
 *   for (const issue of result.issues) console.error(issue.code, issue.path.join("."), issue.message);
 *   console.log(result.partial?.subGoals.length, result.unreadable);
 * }
 * ```
 */
export function lenientParsePlan(input: unknown, options?: ParseOptions): LenientParseResult<Plan> {
  return runLenientParse(PlanSchema, input, options);
}
