import type { FrequencyMeasure } from "../../../model/measure.js";
import { judgeAgainst, yearTarget } from "./numeric.js";
import type { Judge } from "./types.js";

/**
 * Judges a frequency: each year's count against the plan's target, or against the times per year when the
 * indicator states no target of its own.
 *
 * @example
 * ```ts
 * judgeFrequency({ year: 2018, observations, valued: observations, number: 6 }, { ...rules, measure: { type: "frequency", timesPerYear: 10 } }, { sumBefore: 0 });
 * // { status: "partly_met", reason: { code: "target_partly_reached", value: 6, target: 10, ratio: 0.6 }, … }
 * ```
 */
export const judgeFrequency: Judge<FrequencyMeasure> = (year, rules, carried) =>
  judgeAgainst(year, rules, carried, rules.target === undefined ? rules.measure.timesPerYear : yearTarget(rules.target, year.year));
