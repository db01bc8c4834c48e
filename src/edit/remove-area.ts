import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { spliceOut, subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

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
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_area", element: "collaboration_area", key: args.id } as const;
  const place = locate(plan, "collaboration_area", args.id);
  if (place === undefined) return withRenames(refuse(plan, edit, notFound("collaboration_area", args.id), lang), [], args.context);
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
