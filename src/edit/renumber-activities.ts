import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { renumberDraft } from "./internal/renumber.js";
import { withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

/** What {@link renumberActivities} takes: which sub-goals (all without `subGoals`) and the context to update. */
export interface RenumberActivitiesArgs {
  subGoals?: readonly string[];
  context?: ReferenceContext;
}

/**
 * Numbers the activities (*aktiviteter*) of sub-goals again in document order (`F.1`, `F.2` … across the
 * areas), with the indicator ids that follow the convention (`F.2-1`), and updates the references of the
 * context: `regionalRef.activity` in local plans that point to this plan, and `activity` and `indicator` of
 * observations. Refused with `not_found` for an unknown sub-goal.
 *
 * @example
 * ```ts
 * const { plan: next, renames, localPlans } = renumberActivities(plan, { context: { localPlans: [vaxjo] } });
 * ```
 */
export function renumberActivities(plan: Plan, args: RenumberActivitiesArgs = {}, options: EditOptions = {}): RenumberResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "renumber_activities", element: "sub_goal", key: (args.subGoals ?? []).join(",") } as const;
  const known = new Set(plan.subGoals.map((s) => s.code));
  const missing = (args.subGoals ?? []).filter((code) => !known.has(code)).flatMap((code) => notFound("sub_goal", code));
  if (missing.length > 0) return withRenames(refuse(plan, edit, missing, lang), [], args.context);
  let renames: Rename[] = [];
  const codes = new Set(args.subGoals ?? known);
  const result = commit(
    plan,
    edit,
    (draft) => {
      renames = renumberDraft(draft, codes);
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
