import type { Path } from "../core/issue.js";
import type { Activity } from "./activity.js";
import type { CollaborationArea } from "./collaboration-area.js";
import type { Indicator } from "./indicator.js";
import type { Plan } from "./plan.js";
import type { PlanNode } from "./plan-node.js";
import type { SubGoal } from "./sub-goal.js";

/** A node of the plan tree with where it stands: its path, its parent and the elements above it. */
export interface Visit {
  node: PlanNode;
  path: Path;
  parent: PlanNode | undefined;
  subGoal?: SubGoal;
  area?: CollaborationArea;
  activity?: Activity;
}

/** Every node of the plan tree, depth first, in document order: the one walk every other walk is made of. */
export function* traverse(plan: Plan): Generator<Visit> {
  yield { node: plan, path: [], parent: undefined };
  for (const [g, subGoal] of plan.subGoals.entries()) {
    const goalPath: Path = ["subGoals", g];
    yield { node: subGoal, path: goalPath, parent: plan };
    for (const [a, area] of subGoal.areas.entries()) {
      const areaPath: Path = [...goalPath, "areas", a];
      yield { node: area, path: areaPath, parent: subGoal, subGoal };
      for (const [i, activity] of area.activities.entries()) {
        const activityPath: Path = [...areaPath, "activities", i];
        yield { node: activity, path: activityPath, parent: area, subGoal, area };
        for (const [n, indicator] of activity.followUp.indicators.entries()) {
          const path = [...activityPath, "followUp", "indicators", n];
          yield { node: indicator, path, parent: activity, subGoal, area, activity };
        }
      }
    }
  }
}

/** An area with where it stands. */
export interface AreaVisit {
  subGoal: SubGoal;
  area: CollaborationArea;
  path: Path;
}

/** An activity with where it stands. */
export interface ActivityVisit extends AreaVisit {
  activity: Activity;
}

/** An indicator with where it stands. */
export interface IndicatorVisit extends ActivityVisit {
  indicator: Indicator;
}

/** Every area of collaboration, in document order. */
export function areasOf(plan: Plan): AreaVisit[] {
  const out: AreaVisit[] = [];
  for (const { node, path, subGoal } of traverse(plan)) {
    if (node.kind === "collaboration_area" && subGoal !== undefined) out.push({ subGoal, area: node, path });
  }
  return out;
}

/** Every activity, in document order. */
export function activitiesOf(plan: Plan): ActivityVisit[] {
  const out: ActivityVisit[] = [];
  for (const { node, path, subGoal, area } of traverse(plan)) {
    if (node.kind === "activity" && subGoal !== undefined && area !== undefined) out.push({ subGoal, area, activity: node, path });
  }
  return out;
}

/** Every follow-up indicator, in document order. */
export function indicatorsOf(plan: Plan): IndicatorVisit[] {
  const out: IndicatorVisit[] = [];
  for (const { node, path, subGoal, area, activity } of traverse(plan)) {
    if (node.kind === "indicator" && subGoal !== undefined && area !== undefined && activity !== undefined) {
      out.push({ subGoal, area, activity, indicator: node, path });
    }
  }
  return out;
}
