import type { Path } from "../../core/issue.js";
import type { Activity } from "../../model/activity.js";
import type { CollaborationArea } from "../../model/collaboration-area.js";
import type { Indicator } from "../../model/indicator.js";
import type { Plan } from "../../model/plan.js";
import type { SubGoal } from "../../model/sub-goal.js";
import type { EditResult, ReferenceContext, Rename, RenumberResult } from "../types.js";
import type { Place } from "./locate.js";
import { followRenames } from "./references.js";

// The element at a place a walk of the same plan found, so each step exists.
function nodeAt<T>(plan: Plan, path: Path): T {
  let node: unknown = plan;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as T;
}

export const subGoalAt = (plan: Plan, place: Place): SubGoal => plan.subGoals[place.path[1] as number]!;
export const areaAt = (plan: Plan, place: Place): CollaborationArea => nodeAt(plan, place.path);
export const activityAt = (plan: Plan, place: Place): Activity => nodeAt(plan, place.path);
export const indicatorAt = (plan: Plan, place: Place): Indicator => nodeAt(plan, place.path);

/** Removes the element at a place from the list it stands in, and returns it. */
export function spliceOut<T>(plan: Plan, place: Place): T {
  const list = nodeAt<T[]>(plan, place.path.slice(0, -1));
  return list.splice(place.path.at(-1) as number, 1)[0]!;
}

/**
 * The activity list of an area or of a sub-goal without areas; on a draft, `create` gives a sub-goal that has
 * none yet an empty one.
 */
export function activityList(holder: SubGoal | CollaborationArea, create = false): Activity[] {
  if (holder.kind === "collaboration_area") return holder.activities;
  if (holder.activities === undefined && create) holder.activities = [];
  return holder.activities ?? [];
}

/** The area list of a sub-goal; on a draft, `create` gives a sub-goal without an area level an empty one. */
export function areaList(subGoal: SubGoal, create = false): CollaborationArea[] {
  if (subGoal.areas === undefined && create) subGoal.areas = [];
  return subGoal.areas ?? [];
}

/** An edit's result with the codes it renumbered and the given context following them. */
export function withRenames(result: EditResult, renames: readonly Rename[], context: ReferenceContext | undefined): RenumberResult {
  const done = result.patches.length > 0 ? renames : [];
  return { ...result, renames: [...done], ...followRenames(result.plan.id, done, context) };
}
