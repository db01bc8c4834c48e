import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link removeSubGoal} takes: the sub-goal's code. */
export interface RemoveSubGoalArgs {
  code: string;
}

/**
 * Removes a sub-goal (*delmål*) with its areas and activities. Refused with `not_found`.
 *
 * @example
 * ```ts
 * const { plan: next } = removeSubGoal(plan, { code: "5" });
 * ```
 */
export function removeSubGoal(plan: Plan, args: RemoveSubGoalArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_sub_goal", element: "sub_goal", key: args.code } as const;
  const place = locate(plan, "sub_goal", args.code);
  if (place === undefined) return refuse(plan, edit, notFound("sub_goal", args.code), lang);
  return commit(
    plan,
    edit,
    (draft) => {
      draft.subGoals.splice(place.path[1] as number, 1);
    },
    options,
  );
}
