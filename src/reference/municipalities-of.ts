import { countyEntry } from "./internal.js";
import type { Municipality, ReferenceLookupOptions } from "./types.js";

/**
 * The municipalities (*kommuner*) of a county (*län*), sorted by SCB municipality code (*kommunkod*).
 *
 * @param countyCode - SCB county code (*länskod*), two digits, such as `"07"`.
 * @param options - `lang`: the language of the error's `message`; default Swedish.
 * @returns A frozen array of frozen municipalities; the same array on every call.
 * @throws {@link ReferenceLookupError} `invalid_code` if `countyCode` is not two digits, `unknown_county` if no
 * county has it.
 *
 * @example
 * ```ts
 * municipalitiesOf("07").map((m) => m.name);
 * // ["Uppvidinge", "Lessebo", "Tingsryd", "Alvesta", "Älmhult", "Markaryd", "Växjö", "Ljungby"]
 * municipalitiesOf("7"); // throws ReferenceLookupError, message "Ingen länskod: \"7\". En länskod är två siffror, …"
 * ```
 */
export function municipalitiesOf(countyCode: string, options?: ReferenceLookupOptions): readonly Municipality[] {
  return countyEntry(countyCode, options).municipalities;
}
