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

/** The areas of collaboration of a sub-goal; none for a sub-goal without an area level. */
export function areasIn(subGoal: SubGoal): CollaborationArea[] {
  return subGoal.areas ?? [];
}

/** Every activity of a sub-goal in document order: those directly under it, then those of its areas. */
export function activitiesIn(subGoal: SubGoal): Activity[] {
  return [...(subGoal.activities ?? []), ...areasIn(subGoal).flatMap((area) => area.activities)];
}

function pushActivityVisits(
  out: Visit[],
  activities: readonly Activity[],
  parentPath: Path,
  parent: SubGoal | CollaborationArea,
  subGoal: SubGoal,
  area: CollaborationArea | undefined,
): void {
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i] as Activity;
    const activityPath: Path = [...parentPath, "activities", i];
    // No `area` key at all for an activity directly under its sub-goal, as the types say.
    out.push(
      area === undefined
        ? { node: activity, path: activityPath, parent, subGoal }
        : { node: activity, path: activityPath, parent, subGoal, area },
    );
    const indicators = activity.followUp.indicators;
    for (let n = 0; n < indicators.length; n++) {
      const node = indicators[n] as Indicator;
      const path: Path = [...activityPath, "followUp", "indicators", n];
      out.push(
        area === undefined
          ? { node, path, parent: activity, subGoal, activity }
          : { node, path, parent: activity, subGoal, area, activity },
      );
    }
  }
}

/**
 * Every node of the plan tree, depth first, in document order: the one walk every other walk is made of. A
 * sub-goal's activities directly under it (a plan without an area level) come before its areas. {@link traverse}
 * gives the same one at a time.
 */
export function visitsOf(plan: Plan): Visit[] {
  const out: Visit[] = [{ node: plan, path: [], parent: undefined }];
  for (let g = 0; g < plan.subGoals.length; g++) {
    const subGoal = plan.subGoals[g] as SubGoal;
    const goalPath: Path = ["subGoals", g];
    out.push({ node: subGoal, path: goalPath, parent: plan });
    pushActivityVisits(out, subGoal.activities ?? [], goalPath, subGoal, subGoal, undefined);
    const areas = areasIn(subGoal);
    for (let a = 0; a < areas.length; a++) {
      const area = areas[a] as CollaborationArea;
      const areaPath: Path = [...goalPath, "areas", a];
      out.push({ node: area, path: areaPath, parent: subGoal, subGoal });
      pushActivityVisits(out, area.activities, areaPath, area, subGoal, area);
    }
  }
  return out;
}

/** {@link visitsOf} one node at a time. */
export function* traverse(plan: Plan): Generator<Visit> {
  yield* visitsOf(plan);
}

/** An area with where it stands. */
export interface AreaVisit {
  subGoal: SubGoal;
  area: CollaborationArea;
  path: Path;
}

/** An activity with where it stands: `area` is absent for an activity directly under its sub-goal. */
export interface ActivityVisit {
  subGoal: SubGoal;
  area?: CollaborationArea;
  activity: Activity;
  path: Path;
}

/** An indicator with where it stands. */
export interface IndicatorVisit extends ActivityVisit {
  indicator: Indicator;
}

/** Every area of collaboration, in document order. */
export function areasOf(plan: Plan): AreaVisit[] {
  const out: AreaVisit[] = [];
  for (const { node, path, subGoal } of visitsOf(plan)) {
    if (node.kind === "collaboration_area" && subGoal !== undefined) out.push({ subGoal, area: node, path });
  }
  return out;
}

/** Every activity, in document order. */
export function activitiesOf(plan: Plan): ActivityVisit[] {
  const out: ActivityVisit[] = [];
  for (const { node, path, subGoal, area } of visitsOf(plan)) {
    if (node.kind === "activity" && subGoal !== undefined)
      out.push({ subGoal, ...(area === undefined ? {} : { area }), activity: node, path });
  }
  return out;
}

/** Every follow-up indicator, in document order. */
export function indicatorsOf(plan: Plan): IndicatorVisit[] {
  const out: IndicatorVisit[] = [];
  for (const { node, path, subGoal, area, activity } of visitsOf(plan)) {
    if (node.kind === "indicator" && subGoal !== undefined && activity !== undefined) {
      out.push({ subGoal, ...(area === undefined ? {} : { area }), activity, indicator: node, path });
    }
  }
  return out;
}
