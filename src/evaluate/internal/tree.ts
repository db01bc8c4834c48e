import type { Activity } from "../../model/activity.js";
import type { CollaborationArea } from "../../model/collaboration-area.js";
import type { Indicator } from "../../model/indicator.js";
import type { Observation } from "../../model/observation.js";
import type { SubGoal } from "../../model/sub-goal.js";
import { areasIn } from "../../model/traverse.js";
import type { ActivityEvaluation, CollaborationAreaEvaluation, IndicatorEvaluation, SubGoalEvaluation } from "../types.js";
import { indicatorYears, type YearContext } from "./indicator-years.js";
import { activitySummaries, combine, statusByYear } from "./roll-up.js";

/** The observations of the plan's indicators, by indicator id and year. */
export type ObservationsByIndicator = ReadonlyMap<string, ReadonlyMap<number, readonly Observation[]>>;

/** What evaluating any part of the plan's tree needs. */
export interface TreeContext {
  context: YearContext;
  /** The years evaluated, in order. */
  years: readonly number[];
  byIndicator: ObservationsByIndicator;
}

/**
 * A sub-goal evaluated: its activities directly under it or its areas with theirs, their indicators, and its
 * activities per status and year.
 *
 * @example
 * ```ts
 * const goals = plan.subGoals.map((subGoal) => evaluateSubGoal(subGoal, tree));
 * ```
 */
export function evaluateSubGoal(subGoal: SubGoal, tree: TreeContext): SubGoalEvaluation {
  const direct = subGoal.activities?.map((activity) => evaluateActivity(activity, tree));
  const areas = areasIn(subGoal).map((area) => evaluateArea(area, tree));
  const result: SubGoalEvaluation = {
    kind: "sub_goal",
    code: subGoal.code,
    text: subGoal.text,
    years: activitySummaries(activitiesOfEvaluation({ activities: direct, areas }), tree.years),
    areas,
  };
  if (subGoal.name !== undefined) result.name = subGoal.name;
  if (direct !== undefined) result.activities = direct;
  return result;
}

/** Every activity of an evaluated sub-goal, in the plan walk's order: those directly under it, then its areas'. */
export function activitiesOfEvaluation(subGoal: Pick<SubGoalEvaluation, "activities" | "areas">): ActivityEvaluation[] {
  return [...(subGoal.activities ?? []), ...subGoal.areas.flatMap((area) => area.activities)];
}

function evaluateArea(area: CollaborationArea, tree: TreeContext): CollaborationAreaEvaluation {
  const activities = area.activities.map((activity) => evaluateActivity(activity, tree));
  return { kind: "collaboration_area", id: area.id, title: area.title, years: activitySummaries(activities, tree.years), activities };
}

function evaluateActivity(activity: Activity, tree: TreeContext): ActivityEvaluation {
  const indicators = activity.followUp.indicators.map((indicator) => evaluateIndicator(indicator, activity.code, tree));
  const statuses = indicators.map(statusByYear);
  return {
    kind: "activity",
    code: activity.code,
    text: activity.text,
    years: tree.years.map((year) =>
      combine(
        year,
        statuses.map((byYear) => byYear.get(year) ?? "not_expected"),
        tree.context.lang,
      ),
    ),
    indicators,
  };
}

function evaluateIndicator(indicator: Indicator, activity: string, tree: TreeContext): IndicatorEvaluation {
  const countsPeople =
    (indicator.measure?.type === "count" && indicator.measure.countsPeople === true) || (indicator.breakdowns?.includes("sex") ?? false);
  // Every plan year is judged, for what earlier years carry; only the years asked for are kept.
  const wanted = new Set(tree.years);
  const years = indicatorYears(indicator, tree.byIndicator.get(indicator.id) ?? new Map(), tree.context).filter((y) => wanted.has(y.year));
  const evaluation: IndicatorEvaluation = { kind: "indicator", id: indicator.id, text: indicator.text, activity, countsPeople, years };
  if (indicator.measure !== undefined) evaluation.measure = structuredClone(indicator.measure);
  if (indicator.target !== undefined) evaluation.target = structuredClone(indicator.target);
  if (indicator.baseline !== undefined) evaluation.baseline = structuredClone(indicator.baseline);
  return evaluation;
}
