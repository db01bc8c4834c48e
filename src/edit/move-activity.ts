import { resolveLang } from "../core/resolve-lang.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { activityList, areaAt, spliceOut, subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

/**
 * What {@link moveActivity} takes: the activity's code, where it goes (an area, or a sub-goal that holds its
 * activities directly, without areas) and its position there.
 */
export type MoveActivityArgs = ({ toArea: string; toSubGoal?: never } | { toSubGoal: string; toArea?: never }) & {
  code: string;
  /** Position among the target's activities (the end without it). */
  index?: number;
  /** `false` keeps every code; by default the activities of the sub-goals it leaves and joins are numbered again. */
  renumber?: boolean;
  /** Local plans and observations whose references follow the renumbered codes. */
  context?: ReferenceContext;
};

/**
 * Moves an activity (*aktivitet*) to another place in its area or to another area, of the same sub-goal or
 * another; in a plan without areas, to another place or sub-goal (`toSubGoal`). By default the activities of both sub-goals are numbered again in document order, their indicator
 * ids follow, and so do the `regionalRef`s of the given local plans and the given observations. Refused with
 * `not_found` (the activity, the area or the sub-goal), `index_out_of_range`, a new validation error
 * (activities beside areas), or, with `renumber: false`, a code that no longer starts with its sub-goal's.
 *
 * @example
 * ```ts
 * const { plan: next, renames, observations } = moveActivity(plan, { code: "F.1", toArea: "1-a", context: { observations: [] } });
 * renames[0]; // { element: "activity", from: "F.1", to: "1.2" }
 * moveActivity(planWithoutAreas, { code: "2.1", toSubGoal: "3" }).renames[0]; // { element: "activity", from: "2.1", to: "3.3" }
 * ```
 */
export function moveActivity(plan: Plan, args: MoveActivityArgs, options: EditOptions = {}): RenumberResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "move_activity", element: "activity", key: args.code } as const;
  const from = locate(plan, "activity", args.code);
  const [element, key] =
    args.toArea === undefined ? (["sub_goal", args.toSubGoal] as const) : (["collaboration_area", args.toArea] as const);
  const to = locate(plan, element, key);
  const missing = [...(from === undefined ? notFound("activity", args.code) : []), ...(to === undefined ? notFound(element, key) : [])];
  if (from === undefined || to === undefined) return withRenames(refuse(plan, edit, missing, lang), [], args.context);
  const holder = (p: Plan) => (element === "sub_goal" ? subGoalAt(p, to) : areaAt(p, to));
  // An activity's path is its holder's (area or sub-goal) and "activities", its index.
  const same = from.path.slice(0, -2).join() === to.path.join();
  const refused = checkIndex(args.index, activityList(holder(plan)).length - (same ? 1 : 0), ["index"]);
  if (refused.length > 0) return withRenames(refuse(plan, edit, refused, lang), [], args.context);
  let renames: Rename[] = [];
  const codes = new Set([subGoalAt(plan, from).code, subGoalAt(plan, to).code]);
  const result = commit(
    plan,
    edit,
    (draft) => {
      const moved = spliceOut<Activity>(draft, from);
      const target = activityList(holder(draft), true);
      target.splice(args.index ?? target.length, 0, moved);
      if (args.renumber !== false) renames = renumberDraft(draft, codes);
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
