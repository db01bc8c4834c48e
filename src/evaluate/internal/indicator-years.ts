import type { Lang } from "../../core/lang.js";
import type { Indicator } from "../../model/indicator.js";
import type { Observation } from "../../model/observation.js";
import { reasonMessage } from "../messages.js";
import type { Change, IndicatorYear } from "../types.js";
import { carry, judgeYear, NO_MEASURE } from "./judge/judges.js";
import type { Carried, IndicatorRules, Judged, YearInput } from "./judge/types.js";
import { hasValueFor, higherIsBetter, isNumeric, yearBreakdown, yearNumber, yearUnits } from "./observed.js";

/** What every indicator's evaluation needs to know of the plan and the options. */
export interface YearContext {
  /** Every year of the plan period, in order. */
  planYears: readonly number[];
  /** The last day of the plan period, `YYYY-MM-DD`. */
  planEnd: string;
  asOf: string;
  /** Whether the year has ended on `asOf`. */
  ended: (year: number) => boolean;
  partlyMetRatio: number;
  lang: Lang;
}

/**
 * Evaluates one indicator in every year of the plan period, in order: the state carried from year to year
 * (a milestone done, a cycle's event, the running sum towards a period target) needs the earlier years.
 */
export function indicatorYears(
  indicator: Indicator,
  byYear: ReadonlyMap<number, readonly Observation[]>,
  context: YearContext,
): IndicatorYear[] {
  const rules = rulesOf(indicator, context);
  let carried: Carried = { sumBefore: 0 };
  return context.planYears.map((year) => {
    const input = yearInput(indicator, year, byYear.get(year) ?? []);
    // A year that has not ended is never judged, whatever the measure.
    const judged: Judged = context.ended(year)
      ? judgeYear(input, rules, carried)
      : { status: "not_yet_due", reason: { code: "year_not_ended", year, asOf: context.asOf }, expected: false };
    const entry = indicatorYear(indicator, input, judged, carried, context.lang);
    carried = carry(carried, input, rules.measure);
    return entry;
  });
}

/** The rules every year of an indicator is judged by. */
function rulesOf(indicator: Indicator, context: YearContext): IndicatorRules {
  const rules: IndicatorRules = {
    measure: indicator.measure ?? NO_MEASURE,
    planYears: context.planYears,
    planEnd: context.planEnd,
    partlyMetRatio: context.partlyMetRatio,
  };
  if (indicator.target !== undefined) rules.target = indicator.target;
  if (indicator.baseline !== undefined) rules.baseline = indicator.baseline;
  return rules;
}

/** One year's observations, those with a value, and the year's number for a numeric measure. */
function yearInput(indicator: Indicator, year: number, observations: readonly Observation[]): YearInput {
  const valued = observations.filter((o) => hasValueFor(indicator.measure, o));
  const input: YearInput = { year, observations, valued };
  const number = isNumeric(indicator.measure) ? yearNumber(indicator.measure, valued) : undefined;
  if (number !== undefined) input.number = number;
  return input;
}

/** A judged year as evaluated: the verdict in words, the observations, the breakdown by sex and the changes. */
function indicatorYear(indicator: Indicator, input: YearInput, judged: Judged, carried: Carried, lang: Lang): IndicatorYear {
  const { measure, baseline } = indicator;
  const { number } = input;
  const entry: IndicatorYear = {
    year: input.year,
    status: judged.status,
    reason: judged.reason,
    message: reasonMessage(judged.reason, lang, measure?.type),
    expected: judged.expected,
    reported: input.valued.length > 0,
    observations: input.observations.map((o) => structuredClone(o)),
  };
  const value = judged.value ?? number;
  if (value !== undefined) entry.value = value;
  if (judged.progress !== undefined) entry.progress = judged.progress;
  if (judged.target !== undefined) entry.target = judged.target;
  const bySex = yearBreakdown(measure, input.valued);
  if (bySex !== undefined) entry.bySex = bySex;
  const byUnit = yearUnits(measure, input.valued);
  if (byUnit !== undefined) entry.byUnit = byUnit;
  if (number !== undefined) {
    const higher = higherIsBetter(measure);
    const { previous } = carried;
    if (previous !== undefined) entry.fromPrevious = change(previous, number, higher);
    if (baseline?.value !== undefined) entry.fromBaseline = change({ value: baseline.value, year: baseline.year }, number, higher);
  }
  return entry;
}

/** A change from an earlier value of a given year to a later one, judged by whether higher is better. */
export function change(earlier: { value: number; year: number }, to: number, higher: boolean | undefined): Change {
  const from = earlier.value;
  const difference = to - from;
  const direction: Change["direction"] =
    difference === 0 ? "unchanged" : higher === undefined ? "changed" : difference > 0 === higher ? "improved" : "worsened";
  const result: Change = { from, fromYear: earlier.year, to, difference, direction };
  if (from !== 0) result.relative = difference / from;
  return result;
}
