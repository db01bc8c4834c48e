import type { Plan } from "../model/plan.js";
import type { Path } from "../parse/issue.js";
import type { PlanNode } from "../query/plan-node.js";

/** A node of the plan tree with where it stands. */
export interface Visit {
  node: PlanNode;
  path: Path;
  parent: PlanNode | undefined;
}

/** Every node of the plan tree, depth first, in document order. */
export function* traverse(plan: Plan): Generator<Visit> {
  yield { node: plan, path: [], parent: undefined };
  for (const [g, subGoal] of plan.subGoals.entries()) {
    const goalPath: Path = ["subGoals", g];
    yield { node: subGoal, path: goalPath, parent: plan };
    for (const [a, area] of subGoal.areas.entries()) {
      const areaPath: Path = [...goalPath, "areas", a];
      yield { node: area, path: areaPath, parent: subGoal };
      for (const [i, activity] of area.activities.entries()) {
        const activityPath: Path = [...areaPath, "activities", i];
        yield { node: activity, path: activityPath, parent: area };
        for (const [n, indicator] of activity.followUp.indicators.entries()) {
          yield { node: indicator, path: [...activityPath, "followUp", "indicators", n], parent: activity };
        }
      }
    }
  }
}
