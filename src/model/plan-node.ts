import type { Activity } from "./activity.js";
import type { CollaborationArea } from "./collaboration-area.js";
import type { Indicator } from "./indicator.js";
import type { Plan } from "./plan.js";
import type { SubGoal } from "./sub-goal.js";

/**
 * An element of a plan's tree, discriminated on `kind`: the plan, a sub-goal (*delmål*), an area of
 * collaboration (*område för samhandling*), an activity (*aktivitet*) or an indicator (*indikator*).
 *
 * @example
 * ```ts
 * function label(node: PlanNode): string {
 *   switch (node.kind) {
 *     case "plan": return node.title;
 *     case "sub_goal": return `Delmål ${node.code}`;
 *     case "collaboration_area": return node.title;
 *     case "activity": return node.code;
 *     case "indicator": return node.id;
 *   }
 * }
 * ```
 */
export type PlanNode = Plan | SubGoal | CollaborationArea | Activity | Indicator;
