import { resolveLang } from "../core/resolve-lang.js";
import { cellKey, describeCell, fail, isSuppressed, knownTotal, sameAgeGroups, validateValue } from "./internal.js";
import type { Cell, Disaggregated, LangOptions } from "./types.js";

/**
 * Options of {@link checkConsistency}.
 *
 * @example
 * ```ts
 * const options: ConsistencyOptions = { tolerance: 0.1, population };
 * ```
 */
export interface ConsistencyOptions extends LangOptions {
  /**
   * How far parts and total may differ and still be consistent, in the value's unit. Default 0 for counts
   * (exact) and 0.1 for rates and percentages (the rounding of values published with one decimal: ±0.05 on the
   * parts' weighted mean and ±0.05 on the total).
   */
  tolerance?: number;
  /** The population of each cell (a count): needed for rates and percentages, whose parts are weighted by it. */
  population?: Disaggregated;
}

/**
 * The verdict of {@link checkConsistency}.
 *
 * - `consistent`: the published parts give the total (within the tolerance).
 * - `parts_exceed_total`: the parts give more than the total; an error in the source.
 * - `unexplained_remainder`: the total is more than the parts give; something is not broken down.
 * - `missing_cells`: a female or male cell (for each age band of the scheme, when by age) is absent.
 * - `suppressed_cells`: the parts do not exceed the total, but suppressed cells hide whether they give it.
 * - `no_total`: nothing to check against.
 *
 * @example
 * ```ts
 * const status: ConsistencyStatus = "unexplained_remainder";
 * ```
 */
export type ConsistencyStatus =
  | "consistent"
  | "parts_exceed_total"
  | "unexplained_remainder"
  | "missing_cells"
  | "suppressed_cells"
  | "no_total";

/**
 * The report of {@link checkConsistency}. `difference` is what the published parts give minus the reported
 * total, in the value's unit: positive when the parts exceed the total.
 *
 * @example
 * ```ts
 * const report: ConsistencyReport = { status: "unexplained_remainder", difference: -2, missing: [] };
 * ```
 */
export type ConsistencyReport = ConsistencyWithoutTotal | ConsistencyWithTotal;

/**
 * A {@link ConsistencyReport} of a value without a reported total.
 *
 * @example
 * ```ts
 * const report: ConsistencyWithoutTotal = { status: "no_total", missing: [{ sex: "male" }] };
 * ```
 */
export interface ConsistencyWithoutTotal {
  /** Always `"no_total"`. */
  status: "no_total";
  /** Female and male cells (per age band when by age) that are absent. */
  missing: readonly Cell[];
}

/**
 * A {@link ConsistencyReport} of a value with a reported total.
 *
 * @example
 * ```ts
 * const report: ConsistencyWithTotal = { status: "parts_exceed_total", difference: 10, missing: [] };
 * ```
 */
export interface ConsistencyWithTotal {
  /** The verdict. */
  status: Exclude<ConsistencyStatus, "no_total">;
  /** What the published parts give minus the reported total, in the value's unit. */
  difference: number;
  /** Female and male cells (per age band when by age) that are absent. */
  missing: readonly Cell[];
}

/**
 * Checks that the parts add up to the reported total (*summerar delarna till totalen?*) and says how they do
 * not; it never changes the value. Counts are added; rates and percentages are weighted by `population`
 * (women's rate × women + men's rate × men, over all people) and compared with the reported total.
 *
 * Order of verdicts: `no_total`; `parts_exceed_total` (even with cells missing, it is already wrong);
 * `missing_cells`; `suppressed_cells`; then `consistent` or `unexplained_remainder`.
 *
 * @throws {@link GenderInputError} `invalid_tolerance`, `population_required`, and for the population
 * `not_counts`, `mismatched_cells`, `suppressed_cell`, `zero_population`.
 * @example
 * ```ts
 * checkConsistency(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 51 }], total: 100 }));
 * // { status: "unexplained_remainder", difference: -2, missing: [] }
 * ```
 */
export function checkConsistency(value: Disaggregated, options: ConsistencyOptions = {}): ConsistencyReport {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  const tolerance = options.tolerance ?? (v.unit === "count" ? 0 : 0.1);
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
    fail("invalid_tolerance", ["tolerance"], { tolerance: String(tolerance) }, lang);
  }
  const missing = missingCells(v);
  if (v.total === undefined) return { status: "no_total", missing };
  const difference = v.unit === "count" ? countParts(v) - v.total : weightedParts(v, options.population, lang) - v.total;
  // Rates are floating point: allow for the last bits of rounding in the weighted sum.
  const slack = tolerance + (v.unit === "count" ? 0 : 1e-9 * Math.max(1, v.total));
  if (difference > slack) return { status: "parts_exceed_total", difference, missing };
  if (missing.length > 0) return { status: "missing_cells", difference, missing };
  if (v.cells.some(isSuppressed)) return { status: "suppressed_cells", difference, missing };
  if (difference < -slack) return { status: "unexplained_remainder", difference, missing };
  return { status: "consistent", difference, missing };
}

function missingCells(v: Disaggregated): Cell[] {
  const byAge = v.cells[0]?.age !== undefined;
  const wanted: Cell[] = byAge
    ? (["female", "male"] as const).flatMap((sex) => v.ageGroups.map((g) => ({ sex, age: g.id })))
    : [{ sex: "female" }, { sex: "male" }];
  const present = new Set(v.cells.map(cellKey));
  return wanted.filter((c) => !present.has(cellKey(c)));
}

function countParts(v: Disaggregated): number {
  return v.cells.reduce((sum, c) => sum + (isSuppressed(c) ? 0 : c.value), 0);
}

function weightedParts(v: Disaggregated, population: Disaggregated | undefined, lang: "sv" | "en"): number {
  if (population === undefined) fail("population_required", ["population"], {}, lang);
  const pop = validateValue(population, ["population"], lang);
  if (pop.unit !== "count") fail("not_counts", ["population", "unit"], { unit: pop.unit }, lang);
  if (!sameAgeGroups(pop.ageGroups, v.ageGroups)) fail("mismatched_cells", ["population", "ageGroups"], { reason: "ageGroups" }, lang);
  const people = knownTotal(pop);
  if (people === undefined) fail("unknown_total", ["population", "total"], {}, lang);
  if (people === 0) fail("zero_population", ["population", "total"], {}, lang);
  let weighted = 0;
  for (const cell of v.cells) {
    const j = pop.cells.findIndex((p) => cellKey(p) === cellKey(cell));
    const match = pop.cells[j];
    if (match === undefined) fail("mismatched_cells", ["population", "cells"], { reason: describeCell(cell) }, lang);
    if (isSuppressed(match)) fail("suppressed_cell", ["population", "cells", j], { cell: describeCell(cell) }, lang);
    if (!isSuppressed(cell)) weighted += cell.value * match.value;
  }
  return weighted / people;
}
