import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import type { EditElement } from "../types.js";

/** Where an element stands: its path and the indexes along it. */
export interface Place {
  path: Path;
  /** Index of the sub-goal, area, activity and indicator, as deep as the element is. */
  at: number[];
}

/** The indexes of the first area, activity or indicator (by `depth`: 1, 2, 3) that `match` takes, in document order. */
function find(plan: Plan, depth: 1 | 2 | 3, match: (key: string) => boolean): number[] | undefined {
  for (const [g, subGoal] of plan.subGoals.entries())
    for (const [a, area] of subGoal.areas.entries()) {
      if (depth === 1 && match(area.id)) return [g, a];
      if (depth > 1)
        for (const [i, activity] of area.activities.entries()) {
          if (depth === 2 && match(activity.code)) return [g, a, i];
          if (depth === 3) {
            const n = activity.followUp.indicators.findIndex((indicator) => match(indicator.id));
            if (n >= 0) return [g, a, i, n];
          }
        }
    }
  return undefined;
}

const SEGMENTS = ["subGoals", "areas", "activities", "indicators"] as const;

function place(at: number[]): Place {
  const path: Path = [];
  at.forEach((index, depth) => {
    if (depth === 3) path.push("followUp");
    path.push(SEGMENTS[depth]!, index);
  });
  return { path, at };
}

/** Where the element of that kind with that code or id is in the plan (the first, in document order), or `undefined`. */
export function locate(plan: Plan, element: EditElement, key: string): Place | undefined {
  const is = (k: string): boolean => k === key;
  if (element === "actor") {
    const i = plan.actors.findIndex((a) => a.id === key);
    return i < 0 ? undefined : { path: ["actors", i], at: [i] };
  }
  if (element === "sub_goal") {
    const g = plan.subGoals.findIndex((s) => s.code === key);
    return g < 0 ? undefined : place([g]);
  }
  const at = find(plan, element === "collaboration_area" ? 1 : element === "activity" ? 2 : 3, is);
  return at && place(at);
}
