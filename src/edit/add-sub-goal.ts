import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import type { SubGoal } from "../model/sub-goal.js";
import { checkIndex, checkUnused, insertAt } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link addSubGoal} takes: the sub-goal and where it goes (the end without `index`). */
export interface AddSubGoalArgs {
  subGoal: SubGoal;
  index?: number;
}

/**
 * Adds a sub-goal (*delmål*) to a plan. Refused with `duplicate_code` when the code is taken and with
 * `index_out_of_range` for a position outside the list.
 *
 * @example
 * ```ts
 * const { plan: next } = addSubGoal(plan, { subGoal: { kind: "sub_goal", code: "2", text: "Delmål 2.", areas: [] } });
 * ```
 */
export function addSubGoal(plan: Plan, args: AddSubGoalArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_sub_goal", element: "sub_goal", key: args.subGoal.code } as const;
  const refused = [
    ...checkUnused(plan, "sub_goal", args.subGoal.code, ["subGoal", "code"]),
    ...checkIndex(args.index, plan.subGoals.length, ["index"]),
  ];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(draft.subGoals, args.subGoal, args.index), options);
}
