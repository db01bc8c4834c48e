import { resolveLang } from "../core/resolve-lang.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, checkUnused, insertAt, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { areaAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link addActivity} takes: the id of the area, the activity and its position (the end without `index`). */
export interface AddActivityArgs {
  area: string;
  activity: Activity;
  index?: number;
}

/**
 * Adds an activity (*aktivitet*) to an area of collaboration. Refused with `not_found` for an unknown area,
 * `duplicate_code` for a code or an indicator id that is taken, `index_out_of_range`, or a new validation error
 * (an actor not in the registry, a code that does not start with the sub-goal's).
 *
 * @example
 * ```ts
 * const activity: Activity = { kind: "activity", code: "1.2", text: "Tillsyn.", responsible: { text: "Länsstyrelsen", actors: ["lst"] },
 *   followUp: { text: "Antal.", indicators: [] } };
 * const { plan: next, issues } = addActivity(plan, { area: "1-a", activity });
 * ```
 */
export function addActivity(plan: Plan, args: AddActivityArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_activity", element: "activity", key: args.activity.code } as const;
  const place = locate(plan, "collaboration_area", args.area);
  if (place === undefined) return refuse(plan, edit, notFound("collaboration_area", args.area), lang);
  const refused = [
    ...checkUnused(plan, "activity", args.activity.code, ["activity", "code"]),
    ...args.activity.followUp.indicators.flatMap((indicator, n) =>
      checkUnused(plan, "indicator", indicator.id, ["activity", "followUp", "indicators", n, "id"]),
    ),
    ...checkIndex(args.index, areaAt(plan, place.at).activities.length, ["index"]),
  ];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(areaAt(draft, place.at).activities, args.activity, args.index), options);
}
