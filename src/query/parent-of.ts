import type { Plan } from "../model/plan.js";
import type { PlanNode } from "../model/plan-node.js";
import { traverse } from "../model/traverse.js";

/**
 * The element one level up from `element` in the plan's tree (an activity's area, an area's sub-goal, a
 * sub-goal's plan), or `undefined` for the plan itself and for elements not in this plan.
 *
 * @example
 * ```ts
 * const area = parentOf(plan, findActivity(plan, "1.2")!);
 * area?.kind; // "collaboration_area"
 * ```
 */
export function parentOf(plan: Plan, element: PlanNode): PlanNode | undefined {
  for (const visit of traverse(plan)) if (visit.node === element) return visit.parent;
  return undefined;
}
