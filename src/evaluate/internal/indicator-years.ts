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
      ? inRange(judgeYear(input, rules, carried), input)
      : { status: "not_yet_due", reason: { code: "year_not_ended", year, asOf: context.asOf }, expected: false };
    const entry = indicatorYear(indicator, finiteInput(input), judged, carried, context.lang);
    carried = carry(carried, finiteInput(input), rules.measure);
    return entry;
  });
}

/** The year without its number when that number is not finite (a sum past the largest double, 0/0). */
function finiteInput(input: YearInput): YearInput {
  if (input.number === undefined || Number.isFinite(input.number)) return input;
  const { number: _number, ...rest } = input;
  return rest;
}

/**
 * A verdict whose numbers are all finite, or else `reported` with the reason `value_out_of_range` and no
 * numbers: values near the largest double add up to Infinity (two counts of 1e308), and a tiny target gives an
 * infinite ratio. Such a year is neither judged nor missing, and no report ever prints Infinity or NaN.
 */
function inRange(judged: Judged, input: YearInput): Judged {
  const numbers = [input.number, judged.value, judged.progress, judged.target, ...Object.values(judged.reason)];
  if (numbers.every((x) => typeof x !== "number" || Number.isFinite(x))) return judged;
  return { status: "reported", reason: { code: "value_out_of_range" }, expected: judged.expected };
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
    // The observations themselves, not copies: nothing changes them (evaluatePlan says so), and a national
    // evaluation held a second copy of a million observations.
    observations: [...input.observations],
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
    // A difference past the largest double (1e308 from −1e308) is no change that can be told.
    const told = (c: Change): Change | undefined => (Number.isFinite(c.difference) ? c : undefined);
    const fromPrevious = previous === undefined ? undefined : told(change(previous, number, higher));
    if (fromPrevious !== undefined) entry.fromPrevious = fromPrevious;
    const fromBaseline =
      baseline?.value === undefined ? undefined : told(change({ value: baseline.value, year: baseline.year }, number, higher));
    if (fromBaseline !== undefined) entry.fromBaseline = fromBaseline;
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
  const relative = difference / from;
  // From 5e-324 to 1 the quotient is Infinity: no finite relative change, so none is given.
  if (from !== 0 && Number.isFinite(relative)) result.relative = relative;
  return result;
}
