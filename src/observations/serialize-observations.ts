import { type ObservationSet, ObservationSetSchema } from "../model/observation.js";
import { canonicalJson } from "../parse/canonical-json.js";

/**
 * Writes an observation file as canonical JSON: keys in the order of the file format (unknown keys after,
 * sorted), two-space indent, final newline. Parsing a canonical file and serialising it again gives the same
 * bytes, and every field is kept, including ones this library does not know.
 *
 * @example
 * ```ts
 * await writeFile("uppfoljning-2018.json", serializeObservations(set));
 * ```
 */
export function serializeObservations(set: ObservationSet): string {
  return canonicalJson(set, ObservationSetSchema);
}
