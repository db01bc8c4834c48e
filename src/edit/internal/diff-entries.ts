import type { Activity } from "../../model/activity.js";
import type { Actor } from "../../model/actor.js";
import type { CollaborationArea } from "../../model/collaboration-area.js";
import type { Indicator } from "../../model/indicator.js";
import type { Plan } from "../../model/plan.js";
import type { SubGoal } from "../../model/sub-goal.js";
import { activitiesOf, areasOf, indicatorsOf } from "../../model/traverse.js";
import type { Entry } from "./match.js";

const last = (path: readonly (string | number)[]): number => path[path.length - 1] as number;

/** The sub-goals of a plan as entries for matching. */
export const subGoalEntries = (plan: Plan): Entry<SubGoal>[] =>
  plan.subGoals.map((item, index) => ({ item, key: item.code, text: item.text, path: ["subGoals", index], index }));

/** The areas of a plan as entries for matching. */
export const areaEntries = (plan: Plan): Entry<CollaborationArea>[] =>
  areasOf(plan).map(({ area, subGoal, path }) => ({
    item: area,
    key: area.id,
    text: area.title,
    path,
    parent: { element: "sub_goal", key: subGoal.code },
    index: last(path),
  }));

/** The activities of a plan as entries for matching; the parent of one without an area is its sub-goal. */
export const activityEntries = (plan: Plan): Entry<Activity>[] =>
  activitiesOf(plan).map(({ activity, subGoal, area, path }) => ({
    item: activity,
    key: activity.code,
    text: activity.text,
    path,
    parent: area === undefined ? { element: "sub_goal", key: subGoal.code } : { element: "collaboration_area", key: area.id },
    index: last(path),
  }));

/** The indicators of a plan as entries for matching. */
export const indicatorEntries = (plan: Plan): Entry<Indicator>[] =>
  indicatorsOf(plan).map(({ indicator, activity, path }) => ({
    item: indicator,
    key: indicator.id,
    text: indicator.text,
    path,
    parent: { element: "activity", key: activity.code },
    index: last(path),
  }));

/** The actors of a plan as entries for matching. */
export const actorEntries = (plan: Plan): Entry<Actor>[] =>
  plan.actors.map((item, index) => ({ item, key: item.id, text: item.name, path: ["actors", index], index }));
