import type { Observation, ObservationSet } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import { observationsByIndicator } from "./internal/by-indicator.js";
import { cellsOf, genderCoverage, indicatorSummaries, missingValues, reportingCoverage } from "./internal/coverage.js";
import { checkOptions } from "./internal/options.js";
import { activitySummaries } from "./internal/roll-up.js";
import { activitiesOfEvaluation, evaluateSubGoal } from "./internal/tree.js";
import type { EvaluateOptions, PlanEvaluation } from "./types.js";

/**
 * Evaluates a plan's follow-up (*årlig uppföljning*): for each indicator and year a status with its reason,
 * each activity's combination of its indicators, roll-ups to area, sub-goal and plan (counts and shares per
 * status), reporting coverage, gender coverage, the change from the previous year and from the baseline, and
 * what is missing. A year that has not ended on `asOf` is never demanded (`not_yet_due`); multi-year cycles
 * and deadlines are placed with date-fns within the plan's period.
 *
 * Observations of indicators not in the plan, or of years outside its period, are not evaluated; they are
 * returned in `unmatched` (use `checkObservations` to have them reported with reasons).
 *
 * Neither the plan nor the observations are changed. The evaluation refers to the observations instead of
 * copying them (each year's `observations`, `unmatched`, a year's `bySex` or `byUnit` taken from one
 * observation), so that it costs little memory beside its inputs: change neither afterwards, or copy them
 * (`structuredClone`) first.
 *
 * @throws {@link EvaluationError} for an `asOf` that is not a date, a year outside the plan period, or a
 * partly-met ratio outside (0, 1].
 * @example
 * ```ts
 * const evaluation = evaluatePlan(kronoberg2017, [{ indicator: "F.2-1", year: 2017, value: 8 }], { asOf: "2018-03-01" });
 * const f2 = evaluation.subGoals[0]?.areas[0]?.activities[1]?.indicators[0]?.years[0];
 * console.log(f2?.status, f2?.message); // "partly_met" "8 av målet 10 (80 %)."
 * ```
 */
export function evaluatePlan(
  plan: Plan,
  observations: readonly Observation[] | ObservationSet,
  options: EvaluateOptions = {},
): PlanEvaluation {
  const { context, years } = checkOptions(plan, options);
  const list = "observations" in observations ? observations.observations : observations;
  const { byIndicator, unmatched } = observationsByIndicator(plan, list, context.planYears);
  const subGoals = plan.subGoals.map((subGoal) => evaluateSubGoal(subGoal, { context, years, byIndicator }));
  const activities = subGoals.flatMap(activitiesOfEvaluation);
  const cells = cellsOf(activities.flatMap((activity) => activity.indicators));
  return {
    kind: "plan_evaluation",
    plan: {
      id: plan.id,
      title: plan.title,
      period: { start: plan.period.start, end: plan.period.end },
      ...(plan.levelNames === undefined ? {} : { levelNames: structuredClone(plan.levelNames) }),
    },
    asOf: context.asOf,
    years,
    lang: context.lang,
    summary: activitySummaries(activities, years),
    indicatorSummary: indicatorSummaries(cells, years),
    coverage: reportingCoverage(cells, years),
    genderCoverage: genderCoverage(cells, years),
    missing: missingValues(cells),
    unmatched,
    subGoals,
  };
}
