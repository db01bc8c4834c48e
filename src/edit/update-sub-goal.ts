import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import type { SubGoal } from "../model/sub-goal.js";
import { assign, checkUnused, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { subGoalAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link updateSubGoal} takes: the sub-goal's code and the fields to change (`undefined` removes one). */
export interface UpdateSubGoalArgs {
  code: string;
  changes: Partial<Omit<SubGoal, "kind" | "areas">>;
}

/**
 * Changes fields of a sub-goal (*delmål*): its text, name, national goal or code. Refused with `not_found`,
 * `duplicate_code` for a code that is taken, or an issue of validation (a new code its activities do not start
 * with).
 *
 * @example
 * ```ts
 * const { plan: next } = updateSubGoal(plan, { code: "1", changes: { text: "Tillgången ska minska." } });
 * ```
 */
export function updateSubGoal(plan: Plan, args: UpdateSubGoalArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_sub_goal", element: "sub_goal", key: args.code } as const;
  const place = locate(plan, "sub_goal", args.code);
  if (place === undefined) return refuse(plan, edit, notFound("sub_goal", args.code), lang);
  const code = args.changes.code;
  const refused = code === undefined ? [] : checkUnused(plan, "sub_goal", code, ["changes", "code"], place.path);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => assign(subGoalAt(draft, place.at), args.changes), options);
}
