import { resolveLang } from "../core/resolve-lang.js";
import { cellKey, validateValue } from "./internal.js";
import type { Cell, Disaggregated, LangOptions } from "./types.js";

/**
 * How far a value, or an indicator, is broken down by sex (*könsuppdelning*):
 * `complete` (every female and male cell is there), `partial` (some), `none` (no female or male cell: a total
 * only), `not_applicable` (the indicator does not count people, e.g. "a plan is adopted").
 *
 * @example
 * ```ts
 * const status: Completeness = "partial";
 * ```
 */
export type Completeness = "complete" | "partial" | "none" | "not_applicable";

/**
 * Options of {@link breakdownCompleteness}.
 *
 * @example
 * ```ts
 * const options: CompletenessOptions = { applicable: false };
 * ```
 */
export interface CompletenessOptions extends LangOptions {
  /** `false` when the indicator does not count people; default `true`. */
  applicable?: boolean;
}

/**
 * The completeness of one value's breakdown by sex. Needed are a female and a male cell, for each age band of
 * the scheme when the value is broken down by age; other and unknown sex are welcome but not needed. A
 * suppressed cell counts as present: the breakdown was made, and withheld to protect people. A value with no
 * cells and only a total is `none`.
 *
 * @throws {@link GenderInputError} the errors of {@link disaggregated}.
 * @example
 * ```ts
 * breakdownCompleteness(disaggregated({ unit: "count", cells: [{ sex: "female", value: 4 }], total: 9 })); // "partial"
 * breakdownCompleteness(disaggregated({ unit: "count", cells: [], total: 9 }), { applicable: false }); // "not_applicable"
 * ```
 */
export function breakdownCompleteness(value: Disaggregated, options: CompletenessOptions = {}): Completeness {
  const v = validateValue(value, [], resolveLang(options.lang));
  if (options.applicable === false) return "not_applicable";
  const byAge = v.cells[0]?.age !== undefined;
  const needed: Cell[] = byAge
    ? (["female", "male"] as const).flatMap((sex) => v.ageGroups.map((g) => ({ sex, age: g.id })))
    : [{ sex: "female" }, { sex: "male" }];
  const present = new Set(v.cells.map(cellKey));
  const found = needed.filter((c) => present.has(cellKey(c))).length;
  return found === needed.length ? "complete" : found === 0 ? "none" : "partial";
}
