import { resolveLang } from "../core/resolve-lang.js";
import { femaleMale, validateValue } from "./internal.js";
import type { CompareOptions, Disaggregated } from "./types.js";

/**
 * The difference between women and men (*skillnaden mellan kvinnor och män*), as returned by {@link genderGap}.
 *
 * @example
 * ```ts
 * const gap: GenderGap = { difference: -6, unit: "percentage_points", ratio: 47 / 53, direction: "men_higher" };
 * ```
 */
export interface GenderGap {
  /**
   * Female minus male. For counts: the women's share of the total minus the men's, in percentage points. For
   * percentages: the women's percentage minus the men's, in percentage points. For rates: in the rate's own unit.
   */
  difference: number;
  /** The unit of `difference`. */
  unit: "percentage_points" | "rate";
  /** Female value divided by male value ({@link parityIndex}); absent when the male value is 0. */
  ratio?: number;
  /** Which sex has the higher value; `"equal"` when the values are the same. */
  direction: "women_higher" | "men_higher" | "equal";
}

/**
 * The gap between women and men (*könsskillnad*), or girls and boys in a children's band: the difference (in
 * percentage points, or rate units for rates), the ratio female/male and the direction.
 *
 * For a count, the difference compares each sex's share of the total: 47 women and 53 men of 100 give
 * 47 % − 53 % = −6 percentage points. For a percentage (12 % of girls, 9 % of boys smoke) it is 12 − 9 = 3
 * percentage points. For a rate (310 and 450 per 100 000) it is −140 per 100 000. A count broken down by age is
 * compared over all ages unless `age` names a band; rates and percentages need `age` then.
 *
 * @throws {@link GenderInputError} `missing_cell`, `suppressed_cell`, `unknown_total`, `zero_total`,
 * `parts_exceed_total`, `age_required`, `unknown_cell`.
 * @example
 * ```ts
 * genderGap(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }] }));
 * // { difference: -6, unit: "percentage_points", ratio: 0.8867924528301887, direction: "men_higher" }
 * ```
 */
export function genderGap(value: Disaggregated, options: CompareOptions = {}): GenderGap {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  const { female, male, base } = femaleMale(v, options.age, lang);
  const difference = base === undefined ? female - male : (100 * (female - male)) / base;
  const direction = female > male ? "women_higher" : female < male ? "men_higher" : "equal";
  const gap: GenderGap = { difference, unit: v.unit === "rate" ? "rate" : "percentage_points", direction };
  if (male !== 0) gap.ratio = female / male;
  return gap;
}
