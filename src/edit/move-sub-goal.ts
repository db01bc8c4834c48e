import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link moveSubGoal} takes: the sub-goal's code and its new position among the sub-goals. */
export interface MoveSubGoalArgs {
  code: string;
  index: number;
}

/**
 * Moves a sub-goal (*delmål*) to another position in the plan's list, with its areas and activities; codes
 * stay as they are. Refused with `not_found` or `index_out_of_range`.
 *
 * @example
 * ```ts
 * const { plan: next } = moveSubGoal(plan, { code: "F", index: 1 }); // F after sub-goal 1
 * ```
 */
export function moveSubGoal(plan: Plan, args: MoveSubGoalArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "move_sub_goal", element: "sub_goal", key: args.code } as const;
  const place = locate(plan, "sub_goal", args.code);
  if (place === undefined) return refuse(plan, edit, notFound("sub_goal", args.code), lang);
  const refused = checkIndex(args.index, plan.subGoals.length - 1, ["index"]);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(
    plan,
    edit,
    (draft) => {
      const [moved] = draft.subGoals.splice(place.path[1] as number, 1);
      draft.subGoals.splice(args.index, 0, moved!);
    },
    options,
  );
}
