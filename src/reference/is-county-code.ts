/**
 * Whether a value has the form of a county code (*länskod*, SCB-kod): exactly two ASCII digits.
 * Says nothing about whether the county exists; use {@link findCounty} or {@link getCounty} for that.
 *
 * @param value - Any value.
 * @returns `true` if `value` is a string of two digits.
 *
 * @example
 * ```ts
 * isCountyCode("07"); // true
 * isCountyCode("02"); // true: well formed, though no county has it
 * isCountyCode("7"); // false
 * isCountyCode(7); // false
 * ```
 */
export function isCountyCode(value: unknown): value is string {
  return typeof value === "string" && /^\d{2}$/.test(value);
}
