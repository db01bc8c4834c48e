import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { indicatorAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link removeTarget} takes: the indicator's id. */
export interface RemoveTargetArgs {
  indicator: string;
}

/**
 * Removes an indicator's target (*målvärde*); the indicator is then only reported. Refused with `not_found`,
 * or `no_target` when it has none.
 *
 * @example
 * ```ts
 * const { plan: next } = removeTarget(kronoberg2017, { indicator: "F.2-1" });
 * ```
 */
export function removeTarget(plan: Plan, args: RemoveTargetArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_target", element: "indicator", key: args.indicator } as const;
  const place = locate(plan, "indicator", args.indicator);
  if (place === undefined) return refuse(plan, edit, notFound("indicator", args.indicator), lang);
  if (indicatorAt(plan, place).target === undefined)
    return refuse(plan, edit, [{ code: "no_target", severity: "error", path: [...place.path, "target"], indicator: args.indicator }], lang);
  return commit(
    plan,
    edit,
    (draft) => {
      delete indicatorAt(draft, place).target;
    },
    options,
  );
}
