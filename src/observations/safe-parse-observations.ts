import { type ObservationSet, ObservationSetSchema } from "../model/observation.js";
import type { ParseOptions, SafeParseResult } from "../parse/options.js";
import { runParse } from "../parse/run-parse.js";

/**
 * Parses an observation file (*uppföljningsdata*) without throwing: returns the typed {@link ObservationSet}
 * and any infos, or every issue found. Accepts a JSON text, its UTF-8 bytes, or an already parsed value; the
 * input is never changed. Fields the format does not define are kept and reported as `unknown_field` infos.
 * It checks the file's structure only; {@link checkObservations} checks the values against a plan.
 * Never throws: unusable options (a `lang` other than `"sv"` or `"en"`, a limit that is not a positive whole
 * number, options that are not an object) give one `invalid_option` issue (docs/robustness.md).
 *
 * @example
 * ```ts
 * const result = safeParseObservations(await readFile("uppfoljning-2018.json"), { lang: "en" });
 * if (result.success) console.log(result.data.observations.length);
 * else for (const issue of result.issues) console.error(issue.code, issue.path, issue.message);
 * ```
 */
export function safeParseObservations(input: unknown, options?: ParseOptions): SafeParseResult<ObservationSet> {
  return runParse(ObservationSetSchema, input, options);
}
