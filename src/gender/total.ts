import { resolveLang } from "../core/resolve-lang.js";
import { fail, knownTotal, validateValue } from "./internal.js";
import type { Disaggregated, LangOptions } from "./types.js";

/**
 * The total of a value (*totalt*): the reported total if there is one, otherwise the sum of the cells. Rates and
 * percentages do not add up, so for them only a reported total counts.
 *
 * @throws {@link GenderInputError} `unknown_total` when there is no reported total and the sum cannot be taken
 * (a suppressed cell, or a rate or percentage).
 * @example
 * ```ts
 * totalOf(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }] })); // 100
 * ```
 */
export function totalOf(value: Disaggregated, options: LangOptions = {}): number {
  const lang = resolveLang(options.lang);
  const total = knownTotal(validateValue(value, [], lang));
  if (total === undefined) fail("unknown_total", ["total"], {}, lang);
  return total;
}
