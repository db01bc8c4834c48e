import type { ObservationSet } from "../model/observation.js";
import type { ParseOptions } from "../parse/options.js";
import { ParseError } from "../parse/parse-error.js";
import { readParseOptions } from "../parse/read-parse-options.js";
import { safeParseObservations } from "./safe-parse-observations.js";

/**
 * Parses an observation file (*uppföljningsdata*) into a typed {@link ObservationSet}, or throws a
 * {@link ParseError} (`document: "observations"`) listing every problem. Accepts a JSON text, its UTF-8 bytes,
 * or an already parsed value; the input is never changed.
 *
 * @throws {@link ParseError} listing every issue; {@link OptionError} `invalid_lang` or `invalid_option` for
 * unusable options.
 *
 * @example
 * ```ts
 * const set = parseObservations(await readFile("uppfoljning-2018.json", "utf8"));
 * console.log(set.plan, set.observations.length);
 * ```
 */
export function parseObservations(input: unknown, options?: ParseOptions): ObservationSet {
  // Unusable options throw an OptionError here, where the safe parse would report them as its one issue.
  const { lang } = readParseOptions(options);
  const result = safeParseObservations(input, options);
  if (!result.success) throw new ParseError("observations", result.issues, lang);
  return result.data;
}
