import { ReferenceLookupError } from "./errors.js";
import { index, normalizeName } from "./internal.js";
import { isCountyCode } from "./is-county-code.js";
import type { County, ReferenceLookupOptions } from "./types.js";

/**
 * Finds a county (*län*) by name or SCB county code (*länskod*), for input typed by people.
 * Accepts the full name (`"Kronobergs län"`), the short name (`"Kronoberg"`) or the code (`"07"`); ignores
 * case, surrounding and repeated white space, and Unicode composition (NFC and NFD spellings are equal).
 * Nothing else is guessed: no spelling without å, ä, ö, no partial names.
 *
 * @param nameOrCode - A name or a two-digit code.
 * @param options - `lang`: the language of the error's `message`; default Swedish.
 * @returns The county, frozen, or `undefined` if none matches.
 * @throws {@link ReferenceLookupError} `invalid_name` if `nameOrCode` is not a string.
 *
 * @example
 * ```ts
 * findCounty("Kronobergs län")?.code; // "07"
 * findCounty("  KRONOBERG ")?.code; // "07"
 * findCounty("07")?.name; // "Kronobergs län"
 * findCounty("Småland"); // undefined
 * findCounty(7 as unknown as string, { lang: "en" }); // throws, message "A county name or code must be a string, not 7."
 * ```
 */
export function findCounty(nameOrCode: string, options?: ReferenceLookupOptions): County | undefined {
  if (typeof nameOrCode !== "string") {
    throw new ReferenceLookupError("invalid_name", { value: nameOrCode, kind: "county" }, options?.lang);
  }
  const key = normalizeName(nameOrCode);
  return isCountyCode(key) ? index().countyByCode.get(key)?.county : index().countyByName.get(key);
}
