import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { areaAt, subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

/** What {@link moveActivity} takes: the activity's code, the area it goes to and its position there. */
export interface MoveActivityArgs {
  code: string;
  toArea: string;
  /** Position among the target area's activities (the end without it). */
  index?: number;
  /** `false` keeps every code; by default the activities of the sub-goals it leaves and joins are numbered again. */
  renumber?: boolean;
  /** Local plans and observations whose references follow the renumbered codes. */
  context?: ReferenceContext;
}

/**
 * Moves an activity (*aktivitet*) to another place in its area or to another area, of the same sub-goal or
 * another. By default the activities of both sub-goals are numbered again in document order, their indicator
 * ids follow, and so do the `regionalRef`s of the given local plans and the given observations. Refused with
 * `not_found` (the activity or the area), `index_out_of_range`, or, with `renumber: false`, a code that no
 * longer starts with its sub-goal's.
 *
 * @example
 * ```ts
 * const { plan: next, renames, observations } = moveActivity(plan, { code: "F.1", toArea: "1-a", context: { observations: [] } });
 * renames[0]; // { element: "activity", from: "F.1", to: "1.2" }
 * ```
 */
export function moveActivity(plan: Plan, args: MoveActivityArgs, options: EditOptions = {}): RenumberResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "move_activity", element: "activity", key: args.code } as const;
  const from = locate(plan, "activity", args.code);
  const to = locate(plan, "collaboration_area", args.toArea);
  const missing = [
    ...(from === undefined ? notFound("activity", args.code) : []),
    ...(to === undefined ? notFound("collaboration_area", args.toArea) : []),
  ];
  if (from === undefined || to === undefined) return withRenames(refuse(plan, edit, missing, lang), [], args.context);
  const same = from.at[0] === to.at[0] && from.at[1] === to.at[1];
  const refused = checkIndex(args.index, areaAt(plan, to.at).activities.length - (same ? 1 : 0), ["index"]);
  if (refused.length > 0) return withRenames(refuse(plan, edit, refused, lang), [], args.context);
  let renames: Rename[] = [];
  const codes = new Set([subGoalAt(plan, from.at).code, subGoalAt(plan, to.at).code]);
  const result = commit(
    plan,
    edit,
    (draft) => {
      const [moved] = areaAt(draft, from.at).activities.splice(from.at[2]!, 1);
      const target = areaAt(draft, to.at).activities;
      target.splice(args.index ?? target.length, 0, moved!);
      if (args.renumber !== false) renames = renumberDraft(draft, codes);
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
