import { type Plan, PlanSchema } from "../model/plan.js";
import { canonicalJson } from "./canonical-json.js";

/**
 * Writes a plan as canonical JSON: keys in the order of the file format (unknown keys after, sorted), two-space
 * indent, final newline. Parsing a canonical file and serialising it again gives the same bytes, and every
 * field is kept, including ones this library does not know.
 *
 * @example
 * ```ts
 * await writeFile("plan.json", serializePlan(plan));
 * ```
 */
export function serializePlan(plan: Plan): string {
  return canonicalJson(plan, PlanSchema);
}
