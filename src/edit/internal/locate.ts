import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import { activitiesOf, areasOf, indicatorsOf } from "../../model/traverse.js";
import type { EditElement } from "../types.js";

/** Where an element stands: its path and the indexes along it. */
export interface Place {
  path: Path;
  /** Index of the sub-goal, area, activity and indicator, as deep as the element is. */
  at: number[];
}

const indexes = (path: Path): number[] => path.filter((s): s is number => typeof s === "number");

/** Where the element of that kind with that code or id is in the plan, or `undefined`. */
export function locate(plan: Plan, element: EditElement, key: string): Place | undefined {
  const place = (path: Path): Place => ({ path, at: indexes(path) });
  switch (element) {
    case "sub_goal": {
      const g = plan.subGoals.findIndex((s) => s.code === key);
      return g < 0 ? undefined : place(["subGoals", g]);
    }
    case "collaboration_area": {
      const found = areasOf(plan).find((v) => v.area.id === key);
      return found && place(found.path);
    }
    case "activity": {
      const found = activitiesOf(plan).find((v) => v.activity.code === key);
      return found && place(found.path);
    }
    case "indicator": {
      const found = indicatorsOf(plan).find((v) => v.indicator.id === key);
      return found && place(found.path);
    }
    case "actor": {
      const i = plan.actors.findIndex((a) => a.id === key);
      return i < 0 ? undefined : place(["actors", i]);
    }
  }
}
