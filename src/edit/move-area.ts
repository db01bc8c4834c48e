import { resolveLang } from "../core/resolve-lang.js";
import type { CollaborationArea } from "../model/collaboration-area.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { renumberDraft } from "./internal/renumber.js";
import { areaList, spliceOut, subGoalAt, withRenames } from "./internal/tree.js";
import type { EditOptions, ReferenceContext, Rename, RenumberResult } from "./types.js";

/** What {@link moveArea} takes: the area's id, the sub-goal it goes to and its position there. */
export interface MoveAreaArgs {
  id: string;
  toSubGoal: string;
  /** Position among the target's areas (the end without it). */
  index?: number;
  /** `false` keeps every code; by default the activities of the sub-goals it leaves and joins are numbered again. */
  renumber?: boolean;
  /** Local plans and observations whose references follow the renumbered codes. */
  context?: ReferenceContext;
}

/**
 * Moves an area of collaboration (*område för samhandling*) with its activities, within its sub-goal or to
 * another. The activities of the sub-goals it leaves and joins are numbered again in document order, and the
 * references of the context follow. Refused with `not_found`, `index_out_of_range`, or, with `renumber: false`, an
 * activity code that no longer starts with its sub-goal's.
 *
 * @example
 * ```ts
 * const { plan: next, renames } = moveArea(plan, { id: "f-b", toSubGoal: "1" });
 * renames[0]; // { element: "activity", from: "F.3", to: "1.1" }
 * ```
 */
export function moveArea(plan: Plan, args: MoveAreaArgs, options: EditOptions = {}): RenumberResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "move_area", element: "collaboration_area", key: args.id } as const;
  const from = locate(plan, "collaboration_area", args.id);
  const to = locate(plan, "sub_goal", args.toSubGoal);
  const missing = [
    ...(from === undefined ? notFound("collaboration_area", args.id) : []),
    ...(to === undefined ? notFound("sub_goal", args.toSubGoal) : []),
  ];
  if (from === undefined || to === undefined) return withRenames(refuse(plan, edit, missing, lang), [], args.context);
  const same = from.path[1] === to.path[1];
  const length = areaList(subGoalAt(plan, to)).length - (same ? 1 : 0);
  const refused = checkIndex(args.index, length, ["index"]);
  if (refused.length > 0) return withRenames(refuse(plan, edit, refused, lang), [], args.context);
  let renames: Rename[] = [];
  const codes = new Set([subGoalAt(plan, from).code, args.toSubGoal]);
  const result = commit(
    plan,
    edit,
    (draft) => {
      const moved = spliceOut<CollaborationArea>(draft, from);
      const target = areaList(subGoalAt(draft, to), true);
      target.splice(args.index ?? target.length, 0, moved);
      if (args.renumber !== false) renames = renumberDraft(draft, codes);
    },
    options,
  );
  return withRenames(result, renames, args.context);
}
