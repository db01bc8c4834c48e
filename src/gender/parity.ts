import { resolveLang } from "../core/resolve-lang.js";
import { fail, femaleMale, validateValue } from "./internal.js";
import type { CompareOptions, Disaggregated } from "./types.js";

/**
 * The parity index (*jämställdhetsindex*, as UNESCO's gender parity index): the female value divided by the male
 * value. 1 is parity, below 1 the women's value is lower, above 1 higher. For a count broken down by age the
 * sums over all ages are compared unless `age` names a band; rates and percentages need `age` then.
 *
 * @throws {@link GenderInputError} `zero_denominator` when the male value is 0, and the errors of
 * {@link genderGap}.
 * @example
 * ```ts
 * parityIndex(disaggregated({ unit: "percent", cells: [{ sex: "female", value: 12 }, { sex: "male", value: 8 }] })); // 1.5
 * ```
 */
export function parityIndex(value: Disaggregated, options: CompareOptions = {}): number {
  const lang = resolveLang(options.lang);
  const { female, male } = femaleMale(validateValue(value, [], lang), options.age, lang);
  if (male === 0) fail("zero_denominator", ["cells"], {}, lang);
  return female / male;
}
