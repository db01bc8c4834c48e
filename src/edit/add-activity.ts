import { resolveLang } from "../core/resolve-lang.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, checkUnused, insertAt, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { activityList, areaAt, subGoalAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/**
 * What {@link addActivity} takes: where the activity goes (the id of an area, or the code of a sub-goal that
 * holds its activities directly, without areas), the activity and its position (the end without `index`).
 */
export type AddActivityArgs = ({ area: string; subGoal?: never } | { subGoal: string; area?: never }) & {
  activity: Activity;
  index?: number;
};

/**
 * Adds an activity (*aktivitet*) to an area of collaboration, or directly to a sub-goal in a plan without
 * areas. Refused with `not_found` for an unknown area or sub-goal,
 * `duplicate_code` for a code or an indicator id that is taken, `index_out_of_range`, or a new validation error
 * (an actor not in the registry, a code that does not start with the sub-goal's, activities beside areas).
 *
 * @example
 * ```ts
 * const activity: Activity = { kind: "activity", code: "1.2", text: "Tillsyn.", responsible: { text: "Länsstyrelsen", actors: ["lst"] },
 *   followUp: { text: "Antal.", indicators: [] } };
 * const { plan: next, issues } = addActivity(plan, { area: "1-a", activity });
 * const { plan: flat } = addActivity(planWithoutAreas, { subGoal: "2", activity: { ...activity, code: "2.4" } });
 * ```
 */
export function addActivity(plan: Plan, args: AddActivityArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_activity", element: "activity", key: args.activity.code } as const;
  const [element, key] = args.area === undefined ? (["sub_goal", args.subGoal] as const) : (["collaboration_area", args.area] as const);
  const place = locate(plan, element, key);
  if (place === undefined) return refuse(plan, edit, notFound(element, key), lang);
  const holder = (p: Plan) => (element === "sub_goal" ? subGoalAt(p, place) : areaAt(p, place));
  const refused = [
    ...checkUnused(plan, "activity", args.activity.code, ["activity", "code"]),
    ...args.activity.followUp.indicators.flatMap((indicator, n) =>
      checkUnused(plan, "indicator", indicator.id, ["activity", "followUp", "indicators", n, "id"]),
    ),
    ...checkIndex(args.index, activityList(holder(plan)).length, ["index"]),
  ];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(activityList(holder(draft), true), args.activity, args.index), options);
}
