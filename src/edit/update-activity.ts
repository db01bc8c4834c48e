import { resolveLang } from "../core/resolve-lang.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { assign, checkUnused, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { activityAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/**
 * The fields of an activity {@link updateActivity} changes; `followUpText` is the *uppföljning* cell (its
 * indicators are edited with {@link addIndicator} and its kin).
 */
export type ActivityChanges = Partial<Omit<Activity, "kind" | "followUp">> & { followUpText?: string };

/** What {@link updateActivity} takes: the activity's code and the fields to change (`undefined` removes one). */
export interface UpdateActivityArgs {
  code: string;
  changes: ActivityChanges;
}

/**
 * Changes fields of an activity (*aktivitet*): text, responsibility (*ansvar*), partners, schedule, code.
 * Refused with `not_found`, `duplicate_code`, or a new validation error (an actor not in the registry).
 *
 * @example
 * ```ts
 * const responsible = { text: "Region Kronoberg", actors: ["region-kronoberg"] };
 * const { plan: next } = updateActivity(kronoberg2017, { code: "2.3", changes: { responsible } });
 * ```
 */
export function updateActivity(plan: Plan, args: UpdateActivityArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_activity", element: "activity", key: args.code } as const;
  const place = locate(plan, "activity", args.code);
  if (place === undefined) return refuse(plan, edit, notFound("activity", args.code), lang);
  const { followUpText, ...changes } = args.changes;
  const code = changes.code;
  const refused = code === undefined ? [] : checkUnused(plan, "activity", code, ["changes", "code"], place.path);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(
    plan,
    edit,
    (draft) => {
      const activity = activityAt(draft, place);
      assign(activity, changes);
      if (followUpText !== undefined) activity.followUp.text = followUpText;
    },
    options,
  );
}
