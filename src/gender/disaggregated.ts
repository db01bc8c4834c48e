import { resolveLang } from "../core/resolve-lang.js";
import { validateValue } from "./internal.js";
import type { Disaggregated, DisaggregatedInput, LangOptions } from "./types.js";

/**
 * Builds and checks a value broken down by sex, or by sex and age (*könsuppdelat värde*). Returns a fresh
 * object; throws a {@link GenderInputError} on negative or non-integer counts, NaN, unknown or duplicate cells,
 * cells that mix "by age" and "all ages", and invalid age bands. A missing cell stays missing (never 0).
 *
 * @example
 * ```ts
 * const v = disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }], total: 100 });
 * // { kind: "disaggregated", unit: "count", ageGroups: DEFAULT_AGE_GROUPS, cells: [...], total: 100 }
 * ```
 */
export function disaggregated(input: DisaggregatedInput, options: LangOptions = {}): Disaggregated {
  return validateValue(input, [], resolveLang(options.lang));
}
