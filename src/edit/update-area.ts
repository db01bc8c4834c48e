import { resolveLang } from "../core/resolve-lang.js";
import type { CollaborationArea } from "../model/collaboration-area.js";
import type { Plan } from "../model/plan.js";
import { assign, checkUnused, notFound } from "./internal/checks.js";
import { commit, refuse } from "./internal/commit.js";
import { locate } from "./internal/locate.js";
import { areaAt } from "./internal/tree.js";
import type { EditOptions, EditResult } from "./types.js";

/** What {@link updateArea} takes: the area's id and the fields to change (`undefined` removes one). */
export interface UpdateAreaArgs {
  id: string;
  changes: Partial<Omit<CollaborationArea, "kind" | "activities">>;
}

/**
 * Changes fields of an area of collaboration (*område för samhandling*): title, national goal, tips, id.
 * Refused with `not_found` or `duplicate_code`.
 *
 * @example
 * ```ts
 * const { plan: next } = updateArea(plan, { id: "1-a", changes: { title: "TILLSYN" } });
 * ```
 */
export function updateArea(plan: Plan, args: UpdateAreaArgs, options: EditOptions = {}): EditResult {
  const lang = resolveLang(options.lang);
  const edit = { operation: "update_area", element: "collaboration_area", key: args.id } as const;
  const place = locate(plan, "collaboration_area", args.id);
  if (place === undefined) return refuse(plan, edit, notFound("collaboration_area", args.id), lang);
  const id = args.changes.id;
  const refused = id === undefined ? [] : checkUnused(plan, "collaboration_area", id, ["changes", "id"], place.path);
  if (refused.length > 0) return refuse(plan, edit, refused, lang);
  return commit(plan, edit, (draft) => assign(areaAt(draft, place), args.changes), options);
}
