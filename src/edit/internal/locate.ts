import type { Path } from "../../core/issue.js";
import type { Plan } from "../../model/plan.js";
import { traverse } from "../../model/traverse.js";
import type { EditElement } from "../types.js";

/** Where an element stands: its path in the plan (`["subGoals", 0, "activities", 2]` for an activity without an area). */
export interface Place {
  path: Path;
}

/** The code or id an element of the tree is known by. */
type Keyed = Exclude<EditElement, "actor">;

/** Where the element of that kind with that code or id is in the plan (the first, in document order), or `undefined`. */
export function locate(plan: Plan, element: EditElement, key: string): Place | undefined {
  if (element === "actor") {
    const i = plan.actors.findIndex((a) => a.id === key);
    return i < 0 ? undefined : { path: ["actors", i] };
  }
  const wanted: Keyed = element;
  for (const { node, path } of traverse(plan)) {
    switch (node.kind) {
      case "plan":
        break;
      case "sub_goal":
        if (wanted === "sub_goal" && node.code === key) return { path };
        break;
      case "collaboration_area":
        if (wanted === "collaboration_area" && node.id === key) return { path };
        break;
      case "activity":
        if (wanted === "activity" && node.code === key) return { path };
        break;
      case "indicator":
        if (wanted === "indicator" && node.id === key) return { path };
        break;
      default:
        node satisfies never;
    }
  }
  return undefined;
}
