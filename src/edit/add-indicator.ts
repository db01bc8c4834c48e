import { resolveLang } from "../core/resolve-lang.js";
import type { Indicator } from "../model/indicator.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, checkUnused, insertAt, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { activityAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link addIndicator} takes: the activity's code, the indicator and its position (the end without `index`). */
export interface AddIndicatorArgs {
  activity: string;
  indicator: Indicator;
  index?: number;
}

/**
 * Adds a follow-up indicator (*uppföljningsindikator*) to an activity. Refused with `not_found`,
 * `duplicate_code` for an id that is taken, or `index_out_of_range`.
 *
 * @example
 * ```ts
 * const indicator: Indicator = { kind: "indicator", id: "F.1-2", text: "Antal deltagare.", breakdowns: ["sex"] };
 * const { plan: next } = addIndicator(plan, { activity: "F.1", indicator });
 * ```
 */
export function addIndicator(plan: Plan, args: AddIndicatorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "add_indicator", element: "indicator", key: args.indicator.id } as const;
  const place = locate(plan, "activity", args.activity);
  if (place === undefined) return refuse(plan, edit, notFound("activity", args.activity), lang);
  const refused = [
    ...checkUnused(plan, "indicator", args.indicator.id, ["indicator", "id"]),
    ...checkIndex(args.index, activityAt(plan, place).followUp.indicators.length, ["index"]),
  ];
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => insertAt(activityAt(draft, place).followUp.indicators, args.indicator, args.index), options);
}
