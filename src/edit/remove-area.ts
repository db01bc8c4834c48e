import type { Plan } from "../model/plan.js";
import { removeRenumbering } from "./internal/remove-renumbering.js";
import type { EditOptions, ReferenceContext, RenumberResult } from "./types.js";

/** What {@link removeArea} takes: the area's id. */
export interface RemoveAreaArgs {
  id: string;
  /** `false` keeps the codes of the sub-goal's other activities; by default they are numbered again. */
  renumber?: boolean;
  /** Local plans and observations whose references follow the renumbered codes. */
  context?: ReferenceContext;
}

/**
 * Removes an area of collaboration (*område för samhandling*) with its activities; the sub-goal's other
 * activities are numbered again unless `renumber` is `false`. Refused with `not_found`.
 *
 * @example
 * ```ts
 * const { plan: next, renames } = removeArea(plan, { id: "f-a" });
 * renames[0]; // { element: "activity", from: "F.3", to: "F.1" }
 * ```
 */
export function removeArea(plan: Plan, args: RemoveAreaArgs, options: EditOptions = {}): RenumberResult {
  return removeRenumbering(plan, { operation: "remove_area", element: "collaboration_area", key: args.id }, args, options);
}
