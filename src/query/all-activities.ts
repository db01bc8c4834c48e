import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { activitiesOf } from "../model/traverse.js";

/**
 * Every activity (*aktivitet*) of a plan, in document order: sub-goal by sub-goal, area by area.
 *
 * @example
 * ```ts
 * const codes = allActivities(plan).map((activity) => activity.code); // ["F.1", "F.2", …]
 * ```
 */
export function allActivities(plan: Plan): Activity[] {
  return activitiesOf(plan).map((visit) => visit.activity);
}
