import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { spliceOut, subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

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
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_activity", element: "activity", key: args.code } as const;
  const place = locate(plan, "activity", args.code);
  if (place === undefined) return withRenames(refuse(plan, edit, notFound("activity", args.code), lang), [], args.context);
  let renames: Rename[] = [];
  const codes = new Set([subGoalAt(plan, place).code]);
  const result = commit(
    plan,
    edit,
    (draft) => {
      spliceOut(draft, place);
      if (args.renumber !== false) renames = renumberDraft(draft, codes);
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
