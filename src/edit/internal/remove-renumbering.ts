import { resolveLang } from "../../core/resolve-lang.js";
import type { Plan } from "../../model/plan.js";
import type { EditDescription, EditOptions, ReferenceContext, Rename, RenumberResult } from "../types.js";
import { notFound } from "./checks.js";
import { commit, refuse } from "./commit.js";
import { locate } from "./locate.js";
import { renumberDraft } from "./renumber.js";
import { spliceOut, subGoalAt, withRenames } from "./tree.js";

/**
 * Removes the element the edit names (an activity, or an area with its activities); the sub-goal it was in has
 * its activities numbered again unless `renumber` is `false`, and the references of the context follow.
 * Refused with `not_found`.
 */
export function removeRenumbering(
  plan: Plan,
  edit: EditDescription,
  args: { renumber?: boolean; context?: ReferenceContext },
  options: EditOptions,
): RenumberResult {
  const lang = resolveLang(options.lang);
  const place = locate(plan, edit.element, edit.key);
  if (place === undefined) return withRenames(refuse(plan, edit, notFound(edit.element, edit.key), lang), [], args.context);
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
