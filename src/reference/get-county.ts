import { countyEntry } from "./internal.js";
import type { County, ReferenceLookupOptions } from "./types.js";

/**
 * The county (*län*) with the given SCB county code (*länskod*).
 *
 * @param code - Two digits, such as `"07"`. Not trimmed or padded: `"7"` is refused.
 * @param options - `lang`: the language of the error's `message`; default Swedish.
 * @returns The county, frozen.
 * @throws {@link ReferenceLookupError} `invalid_code` if `code` is not two digits, `unknown_county` if no
 * county has it.
 *
 * @example
 * ```ts
 * getCounty("07"); // { code: "07", name: "Kronobergs län", shortName: "Kronoberg" }
 * getCounty("02"); // throws ReferenceLookupError, code "unknown_county"
 * getCounty("7"); // throws ReferenceLookupError, code "invalid_code"
 * getCounty("02", { lang: "en" }); // throws ReferenceLookupError, message "No county has the code \"02\"."
 * ```
 */
export function getCounty(code: string, options?: ReferenceLookupOptions): County {
  return countyEntry(code, options).county;
}
