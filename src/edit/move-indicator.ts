import { resolveLang } from "../core/resolve-lang.js";
import type { Indicator } from "../model/indicator.js";
import type { Plan } from "../model/plan.js";
import { checkIndex, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { activityAt, spliceOut } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link moveIndicator} takes: the indicator's id, the activity it goes to and its position there. */
export interface MoveIndicatorArgs {
  id: string;
  toActivity: string;
  /** Position among the target's indicators (the end without it). */
  index?: number;
}

/**
 * Moves a follow-up indicator (*uppföljningsindikator*) to another place or another activity; its id stays.
 * Refused with `not_found` or `index_out_of_range`.
 *
 * @example
 * ```ts
 * const { plan: next } = moveIndicator(plan, { id: "F.1-1", toActivity: "F.2" });
 * ```
 */
export function moveIndicator(plan: Plan, args: MoveIndicatorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "move_indicator", element: "indicator", key: args.id } as const;
  const from = locate(plan, "indicator", args.id);
  const to = locate(plan, "activity", args.toActivity);
  const missing = [
    ...(from === undefined ? notFound("indicator", args.id) : []),
    ...(to === undefined ? notFound("activity", args.toActivity) : []),
  ];
  if (from === undefined || to === undefined) return refuse(plan, edit, missing, lang);
  // An indicator's path is its activity's and "followUp", "indicators", its index.
  const same = from.path.slice(0, -3).join() === to.path.join();
  const refused = checkIndex(args.index, activityAt(plan, to).followUp.indicators.length - (same ? 1 : 0), ["index"]);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(
    plan,
    edit,
    (draft) => {
      const moved = spliceOut<Indicator>(draft, from);
      const target = activityAt(draft, to).followUp.indicators;
      target.splice(args.index ?? target.length, 0, moved);
    },
    options,
  );
}
