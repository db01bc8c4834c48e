import { ReferenceLookupError } from "./errors.js";
import { index, normalizeName } from "./internal.js";
import { isMunicipalityCode } from "./is-municipality-code.js";
import type { Municipality, ReferenceLookupOptions } from "./types.js";

/**
 * Finds a municipality (*kommun*) by name or SCB municipality code (*kommunkod*), for input typed by people.
 * Accepts the name (`"Växjö"`), the long name of the data (`"Växjö kommun"`, `"Kalmars kommun"`), the name
 * followed by "kommun" (`"Kalmar kommun"`) or the code (`"0780"`); ignores case, surrounding and repeated
 * white space, and Unicode composition (NFC and NFD spellings are equal). Nothing else is guessed: no spelling
 * without å, ä, ö, no partial names, no "stad" forms.
 *
 * @param nameOrCode - A name or a four-digit code.
 * @param options - `lang`: the language of the error's `message`; default Swedish.
 * @returns The municipality, frozen, or `undefined` if none matches.
 * @throws {@link ReferenceLookupError} `invalid_name` if `nameOrCode` is not a string.
 *
 * @example
 * ```ts
 * findMunicipality("Växjö")?.code; // "0780"
 * findMunicipality("växjö kommun")?.code; // "0780"
 * findMunicipality("0781")?.name; // "Ljungby"
 * findMunicipality("Småland"); // undefined
 * findMunicipality(7 as unknown as string, { lang: "en" }); // throws, message "A municipality name or code must be a string, not 7."
 * ```
 */
export function findMunicipality(nameOrCode: string, options?: ReferenceLookupOptions): Municipality | undefined {
  if (typeof nameOrCode !== "string") {
    throw new ReferenceLookupError("invalid_name", { value: nameOrCode, kind: "municipality" }, options?.lang);
  }
  const key = normalizeName(nameOrCode);
  return isMunicipalityCode(key) ? index().municipalityByCode.get(key) : index().municipalityByName.get(key);
}
