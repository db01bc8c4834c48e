import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import type { SubGoal } from "../model/sub-goal.js";
import { assign, checkUnused, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

/** What {@link updateSubGoal} takes: the sub-goal's code and the fields to change (`undefined` removes one). */
export interface UpdateSubGoalArgs {
  code: string;
  changes: Partial<Omit<SubGoal, "kind" | "areas" | "activities">>;
  /** Local plans and observations whose references follow a new code. */
  context?: ReferenceContext;
}

/**
 * Changes fields of a sub-goal (*delmål*): its text, name, national goal or code. A new code renames the
 * sub-goal's activities too (`F.1` … become `G.1` …, with the indicator ids that follow them), and the
 * references of the context follow. Refused with `not_found` or `duplicate_code` for a code that is taken.
 *
 * @example
 * ```ts
 * const { plan: next } = updateSubGoal(plan, { code: "1", changes: { text: "Tillgången ska minska." } });
 * const { renames } = updateSubGoal(plan, { code: "F", changes: { code: "0" } });
 * renames[0]; // { element: "sub_goal", from: "F", to: "0" }
 * ```
 */
export function updateSubGoal(plan: Plan, args: UpdateSubGoalArgs, options: EditOptions = {}): RenumberResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_sub_goal", element: "sub_goal", key: args.code } as const;
  const place = locate(plan, "sub_goal", args.code);
  if (place === undefined) return withRenames(refuse(plan, edit, notFound("sub_goal", args.code), lang), [], args.context);
  const code = args.changes.code;
  const refused = code === undefined ? [] : checkUnused(plan, "sub_goal", code, ["changes", "code"], place.path);
  if (refused.length > 0) return withRenames(refuse(plan, edit, refused, lang), [], args.context);
  let renames: Rename[] = [];
  const result = commit(
    plan,
    edit,
    (draft) => {
      assign(subGoalAt(draft, place), args.changes);
      if (code !== undefined && code !== args.code) {
        renames = [{ element: "sub_goal", from: args.code, to: code }, ...renumberDraft(draft, new Set([code]))];
      }
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
