import type { Path } from "../core/issue.js";
import type { Plan } from "../model/plan.js";
import type { PlanNode } from "../model/plan-node.js";
import { traverse } from "../model/traverse.js";

/**
 * The path from the plan's root to an element of its tree (the same form as an issue's `path`), or
 * `undefined` when the element is not in this plan. Elements are matched by identity, not by value.
 *
 * @example
 * ```ts
 * const activity = findActivity(plan, "F.2")!;
 * pathOf(plan, activity); // ["subGoals", 0, "areas", 0, "activities", 1]
 * ```
 */
export function pathOf(plan: Plan, element: PlanNode): Path | undefined {
  for (const visit of traverse(plan)) if (visit.node === element) return visit.path;
  return undefined;
}
