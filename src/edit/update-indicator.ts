import { resolveLang } from "../core/resolve-lang.js";
import type { Indicator } from "../model/indicator.js";
import type { Plan } from "../model/plan.js";
import { assign, checkUnused, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { indicatorAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link updateIndicator} takes: the indicator's id and the fields to change (`undefined` removes one). */
export interface UpdateIndicatorArgs {
  id: string;
  changes: Partial<Omit<Indicator, "kind">>;
}

/**
 * Changes fields of a follow-up indicator (*uppföljningsindikator*): text, breakdowns, measure, baseline,
 * target, id. Refused with `not_found`, `duplicate_code`, `invalid_value`, or a new validation error.
 *
 * @example
 * ```ts
 * const { plan: next } = updateIndicator(plan, { id: "F.1-1", changes: { breakdowns: ["sex"] } });
 * ```
 */
export function updateIndicator(plan: Plan, args: UpdateIndicatorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_indicator", element: "indicator", key: args.id } as const;
  const place = locate(plan, "indicator", args.id);
  if (place === undefined) return refuse(plan, edit, notFound("indicator", args.id), lang);
  const id = args.changes.id;
  const refused = id === undefined ? [] : checkUnused(plan, "indicator", id, ["changes", "id"], place.path);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => assign(indicatorAt(draft, place), args.changes), options);
}
