import { resolveLang } from "../core/resolve-lang.js";
import type { Target } from "../model/measure.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { indicatorAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link setTarget} takes: the indicator's id and its target. */
export interface SetTargetArgs {
  indicator: string;
  target: Target;
}

/**
 * Gives an indicator a target (*målvärde*) or changes the one it has. Refused with `not_found`,
 * `invalid_value`, or a new validation error (a target the measure cannot reach, a year outside the period).
 *
 * @example
 * ```ts
 * const { plan: next } = setTarget(kronoberg2017, { indicator: "F.2-1", target: { per: "year", value: 12 } });
 * ```
 */
export function setTarget(plan: Plan, args: SetTargetArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "set_target", element: "indicator", key: args.indicator } as const;
  const place = locate(plan, "indicator", args.indicator);
  if (place === undefined) return refuse(plan, edit, notFound("indicator", args.indicator), lang);
  return commit(
    plan,
    edit,
    (draft) => {
      indicatorAt(draft, place).target = args.target;
    },
    options,
  );
}
