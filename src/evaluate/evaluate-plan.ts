import { format, isAfter, isValid, parseISO } from "date-fns";
import { indicatorIndex } from "../model/indicator-index.js";
import type { Observation, ObservationSet } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import { EvaluationError } from "./evaluation-error.js";
import { indicatorYears, type YearContext } from "./internal/indicator-years.js";
import { endOfYearOf } from "./internal/observed.js";
import { combine, summary } from "./internal/roll-up.js";
import type {
  ActivityEvaluation,
  EvaluateOptions,
  GenderCoverage,
  IndicatorEvaluation,
  MissingValue,
  PlanEvaluation,
  ReportingCoverage,
  Status,
  SubGoalEvaluation,
} from "./types.js";
import { DEFAULT_LANG, type Lang } from "../core/lang.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function asOfDay(asOf: string | Date | undefined, lang: Lang): string {
  if (asOf === undefined) return format(new Date(), "yyyy-MM-dd");
  if (asOf instanceof Date) {
    if (!isValid(asOf)) throw new EvaluationError("invalid_as_of", ["asOf"], { value: String(asOf) }, lang);
    return format(asOf, "yyyy-MM-dd");
  }
  if (typeof asOf !== "string" || !DAY.test(asOf) || !isValid(parseISO(asOf))) {
    throw new EvaluationError("invalid_as_of", ["asOf"], { value: String(asOf) }, lang);
  }
  return asOf;
}

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
 * @throws {@link EvaluationError} for an `asOf` that is not a date, a year outside the plan period, or a
 * partly-met ratio outside (0, 1].
 * @example
 * ```ts
 * const evaluation = evaluatePlan(kronoberg2017, [{ indicator: "F.2-1", year: 2017, value: 8 }], { asOf: "2018-03-01" });
 * const f2 = evaluation.subGoals[0]?.areas[0]?.activities[1]?.indicators[0]?.years[0];
 * console.log(f2?.status, f2?.message); // "partly_met" "8 av målet 10 (80 %)."
 * ```
 */
export function evaluatePlan(plan: Plan, observations: readonly Observation[] | ObservationSet, options: EvaluateOptions = {}): PlanEvaluation {
  const lang: Lang = options.lang === "en" ? "en" : DEFAULT_LANG;
  const asOf = asOfDay(options.asOf, lang);
  const ratio = options.partlyMetRatio ?? 0.5;
  if (typeof ratio !== "number" || !(ratio > 0 && ratio <= 1)) {
    throw new EvaluationError("invalid_ratio", ["partlyMetRatio"], { value: String(ratio) }, lang);
  }
  const periodText = `${plan.period.start}–${plan.period.end}`;
  const startYear = Number(plan.period.start.slice(0, 4));
  const endYear = Number(plan.period.end.slice(0, 4));
  if (!Number.isInteger(startYear) || !Number.isInteger(endYear) || endYear < startYear) {
    throw new EvaluationError("invalid_plan_period", ["period"], { period: periodText }, lang);
  }
  const planYears = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const years = [...new Set(options.years ?? planYears)].sort((a, b) => a - b);
  (options.years ?? []).forEach((year, i) => {
    if (!planYears.includes(year)) throw new EvaluationError("year_outside_plan", ["years", i], { year: String(year), period: periodText }, lang);
  });

  const day = parseISO(asOf);
  const context: YearContext = {
    planYears,
    planEnd: plan.period.end,
    asOf,
    ended: (year) => isAfter(day, endOfYearOf(year)),
    partlyMetRatio: ratio,
    lang,
  };

  const list = "observations" in observations ? observations.observations : observations;
  const known = indicatorIndex(plan);
  const byIndicator = new Map<string, Map<number, Observation[]>>();
  const unmatched: Observation[] = [];
  for (const o of list) {
    if (!known.has(o.indicator) || !planYears.includes(o.year)) {
      unmatched.push(structuredClone(o));
      continue;
    }
    const byYear = byIndicator.get(o.indicator) ?? new Map<number, Observation[]>();
    byIndicator.set(o.indicator, byYear);
    // Appended in place: copying the year's list for each observation was quadratic in observations per year.
    const inYear = byYear.get(o.year);
    if (inYear === undefined) byYear.set(o.year, [o]);
    else inYear.push(o);
  }

  const evaluated = new Set(years);
  const allIndicators: IndicatorEvaluation[] = [];
  const allActivities: ActivityEvaluation[] = [];
  const statusesIn = (activities: readonly ActivityEvaluation[], year: number): Status[] =>
    activities.map((a) => a.years.find((y) => y.year === year)?.status ?? "not_expected");

  const subGoals: SubGoalEvaluation[] = plan.subGoals.map((sg) => {
    const areas = sg.areas.map((area) => {
      const activities = area.activities.map((activity): ActivityEvaluation => {
        const indicators = activity.followUp.indicators.map((indicator): IndicatorEvaluation => {
          const countsPeople =
            (indicator.measure?.type === "count" && indicator.measure.countsPeople === true) || (indicator.breakdowns?.includes("sex") ?? false);
          const evaluation: IndicatorEvaluation = {
            kind: "indicator",
            id: indicator.id,
            text: indicator.text,
            activity: activity.code,
            countsPeople,
            years: indicatorYears(indicator, byIndicator.get(indicator.id) ?? new Map(), context).filter((y) => evaluated.has(y.year)),
          };
          if (indicator.measure !== undefined) evaluation.measure = structuredClone(indicator.measure);
          if (indicator.target !== undefined) evaluation.target = structuredClone(indicator.target);
          if (indicator.baseline !== undefined) evaluation.baseline = structuredClone(indicator.baseline);
          allIndicators.push(evaluation);
          return evaluation;
        });
        const result: ActivityEvaluation = {
          kind: "activity",
          code: activity.code,
          text: activity.text,
          years: years.map((year) =>
            combine(year, indicators.map((i) => i.years.find((y) => y.year === year)?.status ?? "not_expected"), lang),
          ),
          indicators,
        };
        allActivities.push(result);
        return result;
      });
      return {
        kind: "collaboration_area" as const,
        id: area.id,
        title: area.title,
        years: years.map((year) => summary(year, statusesIn(activities, year))),
        activities,
      };
    });
    const activities = areas.flatMap((area) => area.activities);
    const result: SubGoalEvaluation = {
      kind: "sub_goal",
      code: sg.code,
      text: sg.text,
      years: years.map((year) => summary(year, statusesIn(activities, year))),
      areas,
    };
    if (sg.name !== undefined) result.name = sg.name;
    return result;
  });

  const cells = allIndicators.flatMap((indicator) => indicator.years.map((y) => ({ indicator, y })));
  const coverage = years.map((year): ReportingCoverage => {
    const due = cells.filter(({ y }) => y.year === year && y.expected);
    const reported = due.filter(({ y }) => y.reported).length;
    const result: ReportingCoverage = { year, expected: due.length, reported };
    if (due.length > 0) result.share = reported / due.length;
    return result;
  });
  const genderCoverage = years.map((year): GenderCoverage => {
    const people = cells
      .filter(({ indicator, y }) => indicator.countsPeople && y.year === year)
      // A count of 0 has nobody to break down, so it neither helps nor hurts the coverage.
      .flatMap(({ y }) => y.observations.filter((o) => o.value !== undefined && o.value > 0));
    const withSex = people.filter((o) => o.bySex !== undefined).length;
    const result: GenderCoverage = { year, peopleCounts: people.length, withSex };
    if (people.length > 0) result.share = withSex / people.length;
    return result;
  });
  const missing = cells
    .filter(({ y }) => y.status === "missing")
    .map(({ indicator, y }): MissingValue => ({ year: y.year, indicator: indicator.id, activity: indicator.activity, text: indicator.text }))
    .sort((a, b) => a.year - b.year);

  return {
    kind: "plan_evaluation",
    plan: { id: plan.id, title: plan.title, period: { start: plan.period.start, end: plan.period.end } },
    asOf,
    years,
    lang,
    summary: years.map((year) => summary(year, statusesIn(allActivities, year))),
    indicatorSummary: years.map((year) => summary(year, cells.filter(({ y }) => y.year === year).map(({ y }) => y.status))),
    coverage,
    genderCoverage,
    missing,
    unmatched,
    subGoals,
  };
}
