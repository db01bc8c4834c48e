import type { Activity } from "../../model/activity.js";
import type { CollaborationArea } from "../../model/collaboration-area.js";
import type { Indicator } from "../../model/indicator.js";
import type { Plan } from "../../model/plan.js";
import type { SubGoal } from "../../model/sub-goal.js";
import type { EditResult, ReferenceContext, Rename, RenumberResult } from "../types.js";
import { followRenames } from "./references.js";

// The element at the indexes a Place found; the indexes come from a walk of the same plan, so each exists.
export const subGoalAt = (plan: Plan, at: readonly number[]): SubGoal => plan.subGoals[at[0]!]!;
export const areaAt = (plan: Plan, at: readonly number[]): CollaborationArea => subGoalAt(plan, at).areas[at[1]!]!;
export const activityAt = (plan: Plan, at: readonly number[]): Activity => areaAt(plan, at).activities[at[2]!]!;
export const indicatorAt = (plan: Plan, at: readonly number[]): Indicator => activityAt(plan, at).followUp.indicators[at[3]!]!;

/** An edit's result with the codes it renumbered and the given context following them. */
export function withRenames(result: EditResult, renames: readonly Rename[], context: ReferenceContext | undefined): RenumberResult {
  const done = result.patches.length > 0 ? renames : [];
  return { ...result, renames: [...done], ...followRenames(result.plan.id, done, context) };
}
