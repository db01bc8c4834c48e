/**
 * Whether a value has the form of a municipality code (*kommunkod*, SCB-kod): exactly four ASCII digits.
 * Says nothing about whether the municipality exists; use {@link findMunicipality} or {@link getMunicipality}
 * for that.
 *
 * @param value - Any value.
 * @returns `true` if `value` is a string of four digits.
 *
 * @example
 * ```ts
 * isMunicipalityCode("0780"); // true
 * isMunicipalityCode("0799"); // true: well formed, though no municipality has it
 * isMunicipalityCode("780"); // false
 * isMunicipalityCode(780); // false
 * ```
 */
export function isMunicipalityCode(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}$/.test(value);
}
