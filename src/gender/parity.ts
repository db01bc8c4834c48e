import { resolveLang } from "../core/resolve-lang.js";
import { fail, femaleMale, validateValue } from "./internal.js";
import type { CompareOptions, Disaggregated } from "./types.js";

/**
 * The parity index (*jämställdhetsindex*, as UNESCO's gender parity index): the female value divided by the male
 * value. 1 is parity, below 1 the women's value is lower, above 1 higher. Of rates and percentages this is the
 * gender parity index; of counts the same quotient is a sex ratio (*könskvot*: women per man), which says how
 * many of each were counted, not how far each group is reached. For a count broken down by age the
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

/**
 * The adjusted gender parity index (*justerat jämställdhetsindex*) of UNESCO's Institute for Statistics (UIS):
 * female ÷ male when the women's value is at most the men's, else 2 − male ÷ female. Unlike the plain
 * {@link parityIndex} it is symmetric around 1 and bounded by 0 and 2: women at 12 % against men at 8 % give
 * 2 − 8/12 = 1.333…, and the reverse 8/12 = 0.667, each as far from parity. Meant for rates and percentages.
 *
 * @throws {@link GenderInputError} `zero_denominator` when both values are 0, and the errors of
 * {@link genderGap}.
 * @example
 * ```ts
 * adjustedParityIndex(disaggregated({ unit: "percent", cells: [{ sex: "female", value: 12 }, { sex: "male", value: 8 }] })); // 1.333…
 * adjustedParityIndex(disaggregated({ unit: "percent", cells: [{ sex: "female", value: 8 }, { sex: "male", value: 12 }] })); // 0.666…
 * ```
 */
export function adjustedParityIndex(value: Disaggregated, options: CompareOptions = {}): number {
  const lang = resolveLang(options.lang);
  const { female, male } = femaleMale(validateValue(value, [], lang), options.age, lang);
  if (female === 0 && male === 0) fail("zero_denominator", ["cells"], {}, lang);
  return female <= male ? female / male : 2 - male / female;
}
