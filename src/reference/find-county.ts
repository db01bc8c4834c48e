import { ReferenceLookupError } from "./errors.js";
import { index, normalizeName } from "./internal.js";
import { isCountyCode } from "./is-county-code.js";
import type { County } from "./types.js";

/**
 * Finds a county (*län*) by name or SCB county code (*länskod*), for input typed by people.
 * Accepts the full name (`"Kronobergs län"`), the short name (`"Kronoberg"`) or the code (`"07"`); ignores
 * case, surrounding and repeated white space, and Unicode composition (NFC and NFD spellings are equal).
 * Nothing else is guessed: no spelling without å, ä, ö, no partial names.
 *
 * @param nameOrCode - A name or a two-digit code.
 * @returns The county, frozen, or `undefined` if none matches.
 * @throws {@link ReferenceLookupError} `invalid_name` if `nameOrCode` is not a string.
 *
 * @example
 * ```ts
 * findCounty("Kronobergs län")?.code; // "07"
 * findCounty("  KRONOBERG ")?.code; // "07"
 * findCounty("07")?.name; // "Kronobergs län"
 * findCounty("Småland"); // undefined
 * ```
 */
export function findCounty(nameOrCode: string): County | undefined {
  if (typeof nameOrCode !== "string") {
    throw new ReferenceLookupError("invalid_name", { value: nameOrCode, kind: "county" });
  }
  const key = normalizeName(nameOrCode);
  return isCountyCode(key) ? index().countyByCode.get(key)?.county : index().countyByName.get(key);
}
