import { resolveLang } from "../core/resolve-lang.js";
import type { ObservationSet } from "../model/observation.js";
import type { ParseOptions } from "../parse/options.js";
import { ParseError } from "../parse/parse-error.js";
import { safeParseObservations } from "./safe-parse-observations.js";

/**
 * Parses an observation file (*uppföljningsdata*) into a typed {@link ObservationSet}, or throws a
 * {@link ParseError} (`document: "observations"`) listing every problem. Accepts a JSON text, its UTF-8 bytes,
 * or an already parsed value; the input is never changed.
 *
 * @example
 * ```ts
 * const set = parseObservations(await readFile("uppfoljning-2018.json", "utf8"));
 * console.log(set.plan, set.observations.length);
 * ```
 */
export function parseObservations(input: unknown, options?: ParseOptions): ObservationSet {
  const result = safeParseObservations(input, options);
  if (!result.success) throw new ParseError("observations", result.issues, resolveLang(options?.lang));
  return result.data;
}
