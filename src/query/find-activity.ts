import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { allActivities } from "./all-activities.js";

/**
 * The activity (*aktivitet*) with the given code, or `undefined` when the plan has none. Codes are compared
 * exactly (`"F.1"`, `"1.13"`).
 *
 * @example
 * ```ts
 * findActivity(plan, "2.3")?.text; // "Stödja kommuner och andra föräldraskapsstödjande aktörer …"
 * ```
 */
export function findActivity(plan: Plan, code: string): Activity | undefined {
  return allActivities(plan).find((activity) => activity.code === code);
}
