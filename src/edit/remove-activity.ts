import type { Plan } from "../model/plan.js";
import { removeRenumbering } from "./internal/remove-renumbering.js";
import type { EditOptions, ReferenceContext, RenumberResult } from "./types.js";

/** What {@link removeActivity} takes: the activity's code. */
export interface RemoveActivityArgs {
  code: string;
  /** `false` keeps the other codes (leaving a gap); by default the sub-goal's activities are numbered again. */
  renumber?: boolean;
  /** Local plans and observations whose references follow the renumbered codes. */
  context?: ReferenceContext;
}

/**
 * Removes an activity (*aktivitet*) with its indicators. By default the sub-goal's other activities are
 * numbered again and the references of the context follow. Refused with `not_found`.
 *
 * @example
 * ```ts
 * const { plan: next, renames } = removeActivity(plan, { code: "F.1" });
 * renames[0]; // { element: "activity", from: "F.2", to: "F.1" }
 * ```
 */
export function removeActivity(plan: Plan, args: RemoveActivityArgs, options: EditOptions = {}): RenumberResult {
  return removeRenumbering(plan, { operation: "remove_activity", element: "activity", key: args.code }, args, options);
}
