import { resolveLang } from "../core/resolve-lang.js";
import type { CollaborationArea } from "../model/collaboration-area.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, checkUnused, insertAt, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { areaList, subGoalAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link addArea} takes: the code of the sub-goal, the area and its position (the end without `index`). */
export interface AddAreaArgs {
  subGoal: string;
  area: CollaborationArea;
  index?: number;
}

/**
 * Adds an area of collaboration (*område för samhandling*) to a sub-goal. Refused with `not_found` for an
 * unknown sub-goal, `duplicate_code` for an id that is taken, `index_out_of_range`, or a new validation error
 * (an activity of the area whose code does not start with the sub-goal's).
 *
 * @example
 * ```ts
 * const area: CollaborationArea = { kind: "collaboration_area", id: "1-b", title: "Område 1B", activities: [], localTips: [] };
 * const { plan: next } = addArea(plan, { subGoal: "1", area });
 * ```
 */
export function addArea(plan: Plan, args: AddAreaArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_area", element: "collaboration_area", key: args.area.id } as const;
  const place = locate(plan, "sub_goal", args.subGoal);
  if (place === undefined) return refuse(plan, edit, notFound("sub_goal", args.subGoal), lang);
  const refused = [
    ...checkUnused(plan, "collaboration_area", args.area.id, ["area", "id"]),
    ...checkIndex(args.index, areaList(subGoalAt(plan, place)).length, ["index"]),
  ];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(areaList(subGoalAt(draft, place), true), args.area, args.index), options);
}
