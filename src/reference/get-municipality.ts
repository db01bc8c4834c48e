import { ReferenceLookupError } from "./errors.js";
import { index } from "./internal.js";
import { isMunicipalityCode } from "./is-municipality-code.js";
import type { Municipality, ReferenceLookupOptions } from "./types.js";

/**
 * The municipality (*kommun*) with the given SCB municipality code (*kommunkod*).
 *
 * @param code - Four digits, such as `"0780"`. Not trimmed or padded: `"780"` is refused.
 * @param options - `lang`: the language of the error's `message`; default Swedish.
 * @returns The municipality, frozen.
 * @throws {@link ReferenceLookupError} `invalid_code` if `code` is not four digits, `unknown_municipality` if no
 * municipality has it.
 *
 * @example
 * ```ts
 * getMunicipality("0780"); // { code: "0780", name: "Växjö", longName: "Växjö kommun", countyCode: "07" }
 * getMunicipality("0799"); // throws ReferenceLookupError, code "unknown_municipality"
 * getMunicipality("780"); // throws ReferenceLookupError, code "invalid_code"
 * getMunicipality("0799", { lang: "en" }); // throws, message "No municipality has the code \"0799\"."
 * ```
 */
export function getMunicipality(code: string, options?: ReferenceLookupOptions): Municipality {
  const lang = options?.lang;
  if (!isMunicipalityCode(code)) {
    throw new ReferenceLookupError("invalid_code", { value: code, kind: "municipality" }, lang);
  }
  const municipality = index().municipalityByCode.get(code);
  if (municipality === undefined) {
    throw new ReferenceLookupError("unknown_municipality", { value: code, kind: "municipality" }, lang);
  }
  return municipality;
}
