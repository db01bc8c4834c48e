import { breakdownCompleteness, type Completeness } from "../../gender/completeness.js";
import { disaggregated } from "../../gender/disaggregated.js";
import { GenderInputError } from "../../gender/errors.js";
import type { Unit } from "../../gender/types.js";
import type { Observation } from "../../model/observation.js";
import type { GenderCoverage, IndicatorEvaluation, IndicatorYear, MissingValue, ReportingCoverage, StatusSummary } from "../types.js";
import { summary } from "./roll-up.js";

/** One indicator in one year: the cells that the plan-wide figures are counted from. */
export interface Cell {
  indicator: IndicatorEvaluation;
  y: IndicatorYear;
}

/**
 * Every evaluated year of every indicator, in the plan's order.
 *
 * @example
 * ```ts
 * const cells = cellsOf(activities.flatMap((activity) => activity.indicators));
 * ```
 */
export function cellsOf(indicators: readonly IndicatorEvaluation[]): Cell[] {
  return indicators.flatMap((indicator) => indicator.years.map((y) => ({ indicator, y })));
}

/**
 * Indicator values per status in each year.
 *
 * @example
 * ```ts
 * indicatorSummaries(cells, [2018])[0]?.counts.missing; // indicators missing in 2018
 * ```
 */
export function indicatorSummaries(cells: readonly Cell[], years: readonly number[]): StatusSummary[] {
  const byYear = cellsByYear(cells);
  return years.map((year) =>
    summary(
      year,
      (byYear.get(year) ?? []).map(({ y }) => y.status),
    ),
  );
}

/** The cells of each year, in the plan's order: grouped once, since filtering per year grows with years². */
function cellsByYear(cells: readonly Cell[]): Map<number, Cell[]> {
  const byYear = new Map<number, Cell[]>();
  for (const cell of cells) {
    const list = byYear.get(cell.y.year);
    if (list === undefined) byYear.set(cell.y.year, [cell]);
    else list.push(cell);
  }
  return byYear;
}

/**
 * Of the values due in each year, how many were reported.
 *
 * @example
 * ```ts
 * reportingCoverage(cells, [2019]); // [{ year: 2019, expected: 90, reported: 78, share: 0.8666… }]
 * ```
 */
export function reportingCoverage(cells: readonly Cell[], years: readonly number[]): ReportingCoverage[] {
  const byYear = cellsByYear(cells);
  return years.map((year): ReportingCoverage => {
    const due = (byYear.get(year) ?? []).filter(({ y }) => y.expected);
    const reported = due.filter(({ y }) => y.reported).length;
    const result: ReportingCoverage = { year, expected: due.length, reported };
    if (due.length > 0) result.share = reported / due.length;
    return result;
  });
}

/**
 * How far one observation is broken down by sex; a breakdown the gender toolkit refuses is none. A per cent's
 * cells are per cents (12,5 % of the women), not whole people.
 */
function completenessOf(o: Observation, unit: Unit): Completeness {
  if (o.bySex === undefined) return "none";
  const { cells, ageGroups } = o.bySex;
  try {
    return breakdownCompleteness(disaggregated({ unit, cells, ...(ageGroups === undefined ? {} : { ageGroups }) }));
  } catch (error) {
    if (error instanceof GenderInputError) return "none";
    throw error;
  }
}

/**
 * Of the reported counts of people above zero in each year, how many are completely broken down by sex (a
 * female and a male cell for every age band, as {@link breakdownCompleteness} says), and how many partly.
 *
 * @example
 * ```ts
 * genderCoverage(cells, [2019]); // [{ year: 2019, peopleCounts: 8, withSex: 7, partial: 0, share: 0.875 }]
 * ```
 */
export function genderCoverage(cells: readonly Cell[], years: readonly number[]): GenderCoverage[] {
  const byYear = cellsByYear(cells);
  return years.map((year): GenderCoverage => {
    const people = (byYear.get(year) ?? [])
      .filter(({ indicator }) => indicator.countsPeople)
      // A count of 0 has nobody to break down, so it neither helps nor hurts the coverage.
      .flatMap(({ indicator, y }) =>
        y.observations
          .filter((o) => o.value !== undefined && o.value > 0)
          .map((o) => ({ o, unit: indicator.measure?.type === "percent" ? ("percent" as const) : ("count" as const) })),
      );
    const completeness = people.map(({ o, unit }) => completenessOf(o, unit));
    const withSex = completeness.filter((c) => c === "complete").length;
    const partial = completeness.filter((c) => c === "partial").length;
    const result: GenderCoverage = { year, peopleCounts: people.length, withSex, partial };
    if (people.length > 0) result.share = withSex / people.length;
    return result;
  });
}

/**
 * The values that were due and not reported, by year (and in the plan's order within a year).
 *
 * @example
 * ```ts
 * missingValues(cells); // [{ year: 2019, indicator: "F.8-2", activity: "F.8", text: "Antal genomförda dialogmöten …" }]
 * ```
 */
export function missingValues(cells: readonly Cell[]): MissingValue[] {
  return cells
    .filter(({ y }) => y.status === "missing")
    .map(
      ({ indicator, y }): MissingValue => ({ year: y.year, indicator: indicator.id, activity: indicator.activity, text: indicator.text }),
    )
    .sort((a, b) => a.year - b.year);
}
