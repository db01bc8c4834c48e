import type { Measure, QualitativeMeasure } from "../../../model/measure.js";
import { adds, isDone } from "../observed.js";
import { judgeCycle } from "./cycle.js";
import { judgeFrequency } from "./frequency.js";
import { judgeMilestone } from "./milestone.js";
import { judgeNumber } from "./numeric.js";
import { judgeQualitative } from "./qualitative.js";
import type { Carried, IndicatorRules, Judge, Judged, Judges, YearInput } from "./types.js";

/**
 * The judge of each measure type. Counts, shares, per cents and coverage are judged alike, against the year's target or
 * towards the period's.
 */
export const JUDGES: Judges = {
  count: judgeNumber,
  share: judgeNumber,
  percent: judgeNumber,
  coverage: judgeNumber,
  frequency: judgeFrequency,
  milestone: judgeMilestone,
  cycle: judgeCycle,
  qualitative: judgeQualitative,
};

/** An indicator without a measure is followed up as an account (or a value without a target). */
export const NO_MEASURE: QualitativeMeasure = { type: "qualitative" };

/**
 * Judges one ended year by the judge of the rules' measure.
 *
 * @example
 * ```ts
 * judgeYear({ year: 2018, observations: [], valued: [] }, rules, { sumBefore: 0 }); // missing, for any measure
 * ```
 */
export function judgeYear(year: YearInput, rules: IndicatorRules, carried: Carried): Judged {
  // The table pairs each type with its judge; TypeScript cannot follow the pairing through the lookup.
  const judge = JUDGES[rules.measure.type] as Judge<Measure>;
  return judge(year, rules, carried);
}

/**
 * What a year leaves for the next: the running sum of a measure whose values add up, the previous number, and
 * the years something was done or reported in.
 *
 * @example
 * ```ts
 * carry({ sumBefore: 4 }, { year: 2018, observations, valued: observations, number: 6 }, { type: "frequency", timesPerYear: 10 });
 * // { sumBefore: 10, previous: { value: 6, year: 2018 }, firstDone: 2018, lastDone: 2018, lastReported: 2018 }
 * ```
 */
export function carry(carried: Carried, year: YearInput, measure: Measure): Carried {
  const next: Carried = { ...carried };
  if (year.number !== undefined) {
    if (adds(measure)) next.sumBefore += year.number;
    next.previous = { value: year.number, year: year.year };
  }
  if (year.valued.some(isDone)) {
    next.firstDone ??= year.year;
    next.lastDone = year.year;
  }
  if (year.valued.length > 0) next.lastReported = year.year;
  return next;
}
