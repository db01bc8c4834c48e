import type { Plan } from "../../model/plan.js";
import { activitiesIn } from "../../model/traverse.js";
import type { Rename } from "../types.js";

/**
 * Numbers the activities of the given sub-goals in document order (`F.1`, `F.2` … across their areas, or directly under them), on a
 * draft. Indicator ids that follow the convention (the activity code, a hyphen, a running number) follow their
 * activity. Returns what was renamed.
 */
export function renumberDraft(draft: Plan, subGoalCodes: ReadonlySet<string>): Rename[] {
  const renames: Rename[] = [];
  for (const subGoal of draft.subGoals) {
    if (!subGoalCodes.has(subGoal.code)) continue;
    const activities = activitiesIn(subGoal);
    activities.forEach((activity, n) => {
      const to = `${subGoal.code}.${n + 1}`;
      const from = activity.code;
      if (from === to) return;
      renames.push({ element: "activity", from, to });
      activity.code = to;
      for (const indicator of activity.followUp.indicators) {
        if (!indicator.id.startsWith(`${from}-`)) continue;
        const id = `${to}-${indicator.id.slice(from.length + 1)}`;
        renames.push({ element: "indicator", from: indicator.id, to: id });
        indicator.id = id;
      }
    });
  }
  return renames;
}
