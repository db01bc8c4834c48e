import type { Lang } from "../core/lang.js";
import type { Period } from "../model/common.js";
import type { LevelNames } from "../model/level-names.js";
import type { Baseline, Measure, Target } from "../model/measure.js";
import type { Observation, SexBreakdown, UnitBreakdownValues } from "../model/observation.js";

/**
 * Where an indicator, an activity or a year stands in the follow-up (*status*):
 * - `met` (*uppfyllt*): the target is reached, the milestone is done, the cycle's event took place;
 * - `partly_met` (*delvis uppfyllt*): part of the way (at least the partly-met ratio of the target), or done late;
 * - `not_met` (*ej uppfyllt*): below that, or not done by the deadline or within the cycle;
 * - `reported` (*redovisat*): a value or account is there, but there is no target to judge it by;
 * - `missing` (*saknas*): the year has ended and nothing was reported;
 * - `not_yet_due` (*ej aktuellt än*): the year has not ended, so no value is demanded yet;
 * - `not_expected` (*utan krav i år*, *inget väntas*): nothing is due this year, such as an off year of a
 *   multi-year cycle, a milestone already done, or a year after a period target's deadline.
 *
 * @example
 * ```ts
 * const status: Status = "partly_met";
 * ```
 */
export type Status = "met" | "partly_met" | "not_met" | "reported" | "missing" | "not_yet_due" | "not_expected";

/**
 * All {@link Status} values, in the order reports list them.
 *
 * @example
 * ```ts
 * STATUSES.map((status) => summary.counts[status]); // counts in report order
 * ```
 */
export const STATUSES = [
  "met",
  "partly_met",
  "not_met",
  "reported",
  "missing",
  "not_yet_due",
  "not_expected",
] as const satisfies readonly Status[];

/**
 * Why an indicator has the status it has, as plain data discriminated on `code`; the words are in the
 * evaluation's `message`.
 *
 * @example
 * ```ts
 * const reason: StatusReason = { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 };
 * ```
 */
export type StatusReason =
  | { code: "target_reached"; value: number; target: number }
  | { code: "target_partly_reached"; value: number; target: number; ratio: number }
  | { code: "target_not_reached"; value: number; target: number; ratio: number }
  | { code: "progress_towards_target"; progress: number; target: number; ratio: number; deadlineYear: number }
  | { code: "deadline_passed"; target: number; deadlineYear: number }
  | { code: "no_target"; value?: number }
  | { code: "done"; doneOn?: string }
  | { code: "done_late"; doneOn: string; deadline: string }
  | { code: "already_done"; year: number }
  | { code: "in_progress"; deadline: string }
  | { code: "not_done_by_deadline"; deadline: string }
  | { code: "done_in_cycle"; cycle: Period }
  | { code: "not_done_in_cycle"; cycle: Period }
  | { code: "cycle_continues"; cycle: Period }
  | { code: "account_given"; baseline?: Baseline }
  | { code: "no_value"; comment?: string }
  | { code: "year_not_ended"; year: number; asOf: string }
  | { code: "value_out_of_range" };

/**
 * The `code` of every {@link StatusReason}.
 *
 * @example
 * ```ts
 * const code: StatusReasonCode = "year_not_ended";
 * ```
 */
export type StatusReasonCode = StatusReason["code"];

/**
 * A change between two values of an indicator, judged by whether higher is better: `improved`, `worsened`,
 * `unchanged`, or `changed` when the plan does not say which way is better.
 *
 * @example
 * ```ts
 * const direction: Direction = "improved";
 * ```
 */
export type Direction = "improved" | "worsened" | "unchanged" | "changed";

/**
 * A change from an earlier value (the previous year's, or the baseline).
 *
 * @example
 * ```ts
 * const change: Change = { from: 7, fromYear: 2017, to: 10, difference: 3, relative: 3 / 7, direction: "improved" };
 * ```
 */
export interface Change {
  /** The earlier value. */
  from: number;
  /**
   * The year of the earlier value: the latest earlier year with a value (not always the year before, when a year
   * is missing), or the baseline's year.
   */
  fromYear: number;
  /** The later value. */
  to: number;
  /** `to - from`. */
  difference: number;
  /** `difference / from`; absent when `from` is 0 or the quotient is not a finite number (`1 / 5e-324`). */
  relative?: number;
  direction: Direction;
}

/**
 * One indicator in one year: its status, why, and the numbers behind it.
 *
 * @example
 * ```ts
 * const year: IndicatorYear = {
 *   year: 2018, status: "partly_met", reason: { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 },
 *   message: "6 av målet 10 (60 %).", expected: true, reported: true, value: 6, target: 10,
 *   observations: [{ indicator: "F.2-1", year: 2018, value: 6 }],
 * };
 * ```
 */
export interface IndicatorYear {
  year: number;
  status: Status;
  reason: StatusReason;
  /** The reason in words, in the evaluation's language. */
  message: string;
  /** Whether a value was due this year (the denominator of reporting coverage). */
  expected: boolean;
  /** Whether a value or account was reported this year. */
  reported: boolean;
  /** The year's value: a count, a number of municipalities, a share as a fraction (0–1), 1/0 for done/not done. */
  value?: number;
  /** Progress towards a period target: the sum so far of a per-year count, the latest value of a state. */
  progress?: number;
  /** The target that applied this year. */
  target?: number;
  /** The observations the year's value was made from, as recorded (comments and sources included). */
  observations: Observation[];
  /**
   * Breakdown by sex of the year's value, where one was reported: summed over the year's observations of a
   * per-year count, the latest one's for a state; absent when a count's breakdowns have unlike cells.
   */
  bySex?: SexBreakdown;
  /**
   * Parts of the year's value by named units (district, school, age band …), where reported: summed unit by unit
   * over the year's observations of a per-year count, the latest one's for a state or a share.
   */
  byUnit?: UnitBreakdownValues;
  /**
   * Change from the latest earlier year with a value, which `fromPrevious.fromYear` names (absent for the first
   * value, and for non-numeric measures).
   */
  fromPrevious?: Change;
  /** Change from the baseline value (absent when the baseline has no value). */
  fromBaseline?: Change;
}

/**
 * The evaluation of one indicator over the evaluated years.
 *
 * @example
 * ```ts
 * const f2 = evaluatePlan(plan, observations).subGoals[0]?.areas[0]?.activities[1]?.indicators[0];
 * f2?.years.map((y) => y.status); // ["met", "partly_met", …]
 * ```
 */
export interface IndicatorEvaluation {
  kind: "indicator";
  id: string;
  text: string;
  /** Code of the activity it belongs to. */
  activity: string;
  measure?: Measure;
  target?: Target;
  baseline?: Baseline;
  /** Whether it counts people, so values should be broken down by sex. */
  countsPeople: boolean;
  years: IndicatorYear[];
}

/**
 * Counts and shares of activities (or indicators) per status in one year (*sammanställning*).
 *
 * @example
 * ```ts
 * const s: StatusSummary = evaluatePlan(plan, observations).summary[0]!;
 * console.log(`${s.counts.met} av ${s.total} aktiviteter uppfyllda (${Math.round(s.shares.met * 100)} %)`);
 * ```
 */
export interface StatusSummary {
  year: number;
  /** How many have each status. */
  counts: Record<Status, number>;
  /** `counts` divided by `total` (0 when `total` is 0). */
  shares: Record<Status, number>;
  total: number;
}

/**
 * An activity's status in one year: the combination of its indicators' statuses.
 *
 * @example
 * ```ts
 * const year: ActivityYear = {
 *   year: 2018, status: "partly_met", message: "Indikatorer: 1 uppfylld, 1 saknas.",
 *   indicators: { met: 1, partly_met: 0, not_met: 0, reported: 0, missing: 1, not_yet_due: 0, not_expected: 0 },
 * };
 * ```
 */
export interface ActivityYear {
  year: number;
  status: Status;
  /** The combination in words, in the evaluation's language. */
  message: string;
  /** How many of its indicators have each status this year. */
  indicators: Record<Status, number>;
}

/**
 * The evaluation of one activity.
 *
 * @example
 * ```ts
 * const activity = evaluatePlan(plan, observations).subGoals[0]?.areas[0]?.activities[0];
 * console.log(activity?.code, activity?.years.at(-1)?.status);
 * ```
 */
export interface ActivityEvaluation {
  kind: "activity";
  code: string;
  text: string;
  years: ActivityYear[];
  indicators: IndicatorEvaluation[];
}

/**
 * The evaluation of one area of collaboration (*samhandlingsområde*), with its activities rolled up.
 *
 * @example
 * ```ts
 * const area = evaluatePlan(plan, observations).subGoals[0]?.areas[0];
 * console.log(area?.title, area?.years[0]?.counts.missing);
 * ```
 */
export interface CollaborationAreaEvaluation {
  kind: "collaboration_area";
  id: string;
  title: string;
  /** Activities per status, per year. */
  years: StatusSummary[];
  activities: ActivityEvaluation[];
}

/**
 * The evaluation of one sub-goal (*delmål*), with its activities rolled up: those of its areas, or those
 * directly under it (`activities`, for a plan without an area level).
 *
 * @example
 * ```ts
 * for (const goal of evaluatePlan(plan, observations).subGoals) console.log(goal.code, goal.years[0]?.shares.met);
 * ```
 */
export interface SubGoalEvaluation {
  kind: "sub_goal";
  code: string;
  name?: string;
  text: string;
  /** Activities per status, per year. */
  years: StatusSummary[];
  /** Its areas of collaboration; none for a sub-goal without an area level. */
  areas: CollaborationAreaEvaluation[];
  /** Its activities directly under it (*aktiviteter direkt under delmålet*), when the plan has them there. */
  activities?: ActivityEvaluation[];
}

/**
 * Reporting coverage (*rapporteringsgrad*) in one year: of the indicator values that were due, how many were
 * reported.
 *
 * @example
 * ```ts
 * const c: ReportingCoverage = { year: 2019, expected: 90, reported: 78, share: 78 / 90 };
 * ```
 */
export interface ReportingCoverage {
  year: number;
  expected: number;
  reported: number;
  /** `reported / expected`; absent when nothing was due. */
  share?: number;
}

/**
 * Gender coverage (*könsuppdelning*) in one year: of the reported values above zero of people-counting
 * indicators, how many are completely broken down by sex (a female and a male cell for every age band), and
 * how many only partly (women only, unknown sex only, one band of two).
 *
 * @example
 * ```ts
 * const g: GenderCoverage = { year: 2019, peopleCounts: 8, withSex: 6, partial: 1, share: 6 / 8 };
 * ```
 */
export interface GenderCoverage {
  year: number;
  /** Reported values of indicators that count people. */
  peopleCounts: number;
  /** Those of them completely broken down by sex. */
  withSex: number;
  /** Those of them broken down by sex only in part; neither complete nor without a breakdown. */
  partial: number;
  /** `withSex / peopleCounts` (complete breakdowns only); absent when there were none. */
  share?: number;
}

/**
 * A value that was due and not reported (*saknas*), for the report's list of what is missing.
 *
 * @example
 * ```ts
 * const m: MissingValue = { year: 2019, indicator: "F.8-2", activity: "F.8", text: "Antal genomförda dialogmöten med ledningsgrupper." };
 * ```
 */
export interface MissingValue {
  year: number;
  indicator: string;
  activity: string;
  text: string;
}

/**
 * The follow-up of a whole plan (*årlig uppföljning*): every indicator per year, each activity's combined
 * status, roll-ups to area, sub-goal and plan, reporting and gender coverage, and what is missing.
 * Plain data: reports render it, apps can store it as JSON.
 *
 * @example
 * ```ts
 * const evaluation: PlanEvaluation = evaluatePlan(kronoberg2017, kronobergObservationsInvented, { asOf: "2020-03-31" });
 * evaluation.coverage.find((c) => c.year === 2019); // { year: 2019, expected: 90, reported: 78, share: 0.8666… }
 * ```
 */
export interface PlanEvaluation {
  kind: "plan_evaluation";
  /** The plan evaluated; `levelNames` are its own names of its levels, which the reports print. */
  plan: { id: string; title: string; period: Period; levelNames?: LevelNames };
  /** The day the evaluation was made for (`YYYY-MM-DD`): years not ended by then are `not_yet_due`. */
  asOf: string;
  /** The years evaluated, in order. */
  years: number[];
  /** Language of the messages. */
  lang: Lang;
  /** Activities per status, per year, over the whole plan. */
  summary: StatusSummary[];
  /** Indicator values per status, per year, over the whole plan. */
  indicatorSummary: StatusSummary[];
  coverage: ReportingCoverage[];
  genderCoverage: GenderCoverage[];
  missing: MissingValue[];
  /** Observations that could not be evaluated: of indicators not in the plan, or of years outside its period. */
  unmatched: Observation[];
  subGoals: SubGoalEvaluation[];
}

/**
 * Options of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { asOf: "2020-03-31", lang: "en" };
 * ```
 */
export interface EvaluateOptions {
  /** The day to evaluate as of (`YYYY-MM-DD` or a `Date`); default today. Years not ended by then are not yet due. */
  asOf?: string | Date;
  /** The years to evaluate; default every year of the plan period. Years outside the period are an error. */
  years?: number[];
  /** Language of the messages; default `"sv"`. */
  lang?: Lang;
  /** The share of a target that counts as partly met; default 0.5. */
  partlyMetRatio?: number;
}

/**
 * The details each code of an {@link EvaluationError} carries, keyed by code:
 * - `invalid_as_of`: `asOf` is not a date (as given, in `received`);
 * - `year_outside_plan`: a year asked for lies outside the plan period;
 * - `invalid_ratio`: the partly-met ratio is not above 0 and at most 1;
 * - `invalid_plan_period`: the plan's period cannot be read as years.
 *
 * @example
 * ```ts
 * const details: EvaluationErrorDetails["year_outside_plan"] = { year: 2030, period: { start: "2017", end: "2021" } };
 * ```
 */
export interface EvaluationErrorDetails {
  invalid_as_of: { received: string };
  year_outside_plan: { year: number; period: Period };
  invalid_ratio: { received: string };
  invalid_plan_period: { period: Period };
}

/**
 * The `code` of an {@link EvaluationError}.
 *
 * @example
 * ```ts
 * const code: EvaluationErrorCode = "year_outside_plan";
 * ```
 */
export type EvaluationErrorCode = keyof EvaluationErrorDetails;
