import { resolveLang } from "../core/resolve-lang.js";
import type { Plan } from "../model/plan.js";
import { notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { spliceOut } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link removeIndicator} takes: the indicator's id. */
export interface RemoveIndicatorArgs {
  id: string;
}

/**
 * Removes a follow-up indicator (*uppföljningsindikator*). Refused with `not_found`; an activity left without
 * indicators is reported as a warning of validation.
 *
 * @example
 * ```ts
 * const { plan: next, issues } = removeIndicator(plan, { id: "F.1-1" });
 * issues[0]?.code; // "validation" (activity_without_indicator)
 * ```
 */
export function removeIndicator(plan: Plan, args: RemoveIndicatorArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "remove_indicator", element: "indicator", key: args.id } as const;
  const place = locate(plan, "indicator", args.id);
  if (place === undefined) return refuse(plan, edit, notFound("indicator", args.id), lang);
  return commit(
    plan,
    edit,
    (draft) => {
      spliceOut(draft, place);
    },
    options,
  );
}
