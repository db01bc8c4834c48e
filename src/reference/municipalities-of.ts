import { countyEntry } from "./internal.js";
import type { Municipality } from "./types.js";

/**
 * The municipalities (*kommuner*) of a county (*län*), sorted by SCB municipality code (*kommunkod*).
 *
 * @param countyCode - SCB county code (*länskod*), two digits, such as `"07"`.
 * @returns A frozen array of frozen municipalities; the same array on every call.
 * @throws {@link ReferenceLookupError} `invalid_code` if `countyCode` is not two digits, `unknown_county` if no
 * county has it.
 *
 * @example
 * ```ts
 * municipalitiesOf("07").map((m) => m.name);
 * // ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö", "Ljungby"]
 * ```
 */
export function municipalitiesOf(countyCode: string): readonly Municipality[] {
  return countyEntry(countyCode).municipalities;
}
