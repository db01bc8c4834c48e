import { getYear, parseISO } from "date-fns";
import type { CountMeasure, CoverageMeasure, FrequencyMeasure, PercentMeasure, ShareMeasure, Target } from "../../../model/measure.js";
import { adds, higherIsBetter } from "../observed.js";
import { missing } from "./missing.js";
import type { Carried, IndicatorRules, Judge, Judged, YearInput } from "./types.js";

/** The measures whose values are numbers compared with a target. */
export type NumericMeasure = CountMeasure | ShareMeasure | PercentMeasure | CoverageMeasure | FrequencyMeasure;

const yearOf = (date: string): number => getYear(parseISO(date));

/** How far a value has come towards its target: value ÷ target, or target ÷ value when lower is better. */
export function ratioOf(value: number, target: number, higher: boolean | undefined): number {
  // Without a stated direction, a target is something to reach.
  if (higher === false) return value === 0 ? 1 : target / value;
  return target === 0 ? 1 : value / target;
}

/** Compares a value with a target: met, partly met (at least the ratio of the way) or not met. */
export function compare(value: number, target: number, higher: boolean | undefined, ratioToMeet: number): Judged {
  const met = higher === false ? value <= target : value >= target;
  const ratio = ratioOf(value, target, higher);
  if (met) return { status: "met", reason: { code: "target_reached", value, target }, expected: true, value, target };
  if (ratio >= ratioToMeet)
    return { status: "partly_met", reason: { code: "target_partly_reached", value, target, ratio }, expected: true, value, target };
  return { status: "not_met", reason: { code: "target_not_reached", value, target, ratio }, expected: true, value, target };
}

/** The target a plan sets for one year: a yearly entry, or the value of a per-year target. */
export function yearTarget(target: Target | undefined, year: number): number | undefined {
  const entry = target?.yearly?.find((t) => t.year === year);
  if (entry !== undefined) return entry.value;
  if (target?.per === "year" && target.value !== undefined) return target.value;
  return undefined;
}

/** The year a period target is due by: its deadline's, else the plan's last; undefined without a period target. */
function periodDeadlineYear(rules: IndicatorRules<NumericMeasure>): number | undefined {
  const { target } = rules;
  if (target?.per !== "period" || target.value === undefined) return undefined;
  return yearOf(target.deadline ?? rules.planEnd);
}

/**
 * Judges a year's number against `perYear` when the year has a target of its own; else against a period target,
 * where a per-year count adds up towards it (a state stands as it is) and only the deadline's year can fall
 * short, and after whose deadline nothing is due (the deadline year's verdict stands; a later value is kept,
 * not judged); else it is reported without a target.
 */
export function judgeAgainst(
  year: YearInput,
  rules: IndicatorRules<NumericMeasure>,
  carried: Carried,
  perYear: number | undefined,
): Judged {
  const { number } = year;
  const deadlineYear = periodDeadlineYear(rules);
  const target = rules.target?.value;
  if (perYear === undefined && deadlineYear !== undefined && target !== undefined && year.year > deadlineYear) {
    const judged: Judged = { status: "not_expected", reason: { code: "deadline_passed", target, deadlineYear }, expected: false };
    return number === undefined ? judged : { ...judged, value: number };
  }
  if (number === undefined) return missing(year.observations);
  const higher = higherIsBetter(rules.measure);
  if (perYear !== undefined) return compare(number, perYear, higher, rules.partlyMetRatio);
  if (deadlineYear !== undefined && target !== undefined) {
    const progress = adds(rules.measure) ? carried.sumBefore + number : number;
    const judged = compare(progress, target, higher, rules.partlyMetRatio);
    if (judged.status !== "met" && year.year < deadlineYear) {
      const ratio = ratioOf(progress, target, higher);
      return {
        status: "reported",
        reason: { code: "progress_towards_target", progress, target, ratio, deadlineYear },
        expected: true,
        value: number,
        progress,
        target,
      };
    }
    return { ...judged, value: number, progress };
  }
  return { status: "reported", reason: { code: "no_target", value: number }, expected: true, value: number };
}

/**
 * Judges a count, a share, a per cent or a coverage: against the plan's target for the year, or towards its period target.
 * What differs between them (which way is better, whether years add up) comes with the measure.
 *
 * @example
 * ```ts
 * judgeNumber({ year: 2018, observations, valued: observations, number: 6 }, { ...rules, target: { per: "year", value: 10 } }, { sumBefore: 0 });
 * // { status: "partly_met", reason: { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 }, … }
 * ```
 */
export const judgeNumber: Judge<CountMeasure | ShareMeasure | PercentMeasure | CoverageMeasure> = (year, rules, carried) =>
  judgeAgainst(year, rules, carried, yearTarget(rules.target, year.year));
