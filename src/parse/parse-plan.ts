import type { Plan } from "../model/plan.js";
import type { ParseOptions } from "./options.js";
import { ParseError } from "./parse-error.js";
import { readParseOptions } from "./read-parse-options.js";
import { safeParsePlan } from "./safe-parse-plan.js";

/**
 * Parses a plan file (*handlingsplan*) into a typed {@link Plan}, or throws a {@link ParseError} listing every
 * problem. Accepts a JSON text, its UTF-8 bytes (or bytes in `options.encoding`), or an already parsed value; the
 * input is never changed. Bytes in another encoding are refused with `invalid_encoding`, naming the encoding found.
 *
 * @throws {@link ParseError} listing every issue; {@link OptionError} `invalid_lang` or `invalid_option` for
 * unusable options.
 *
 * @example
 * ```ts
 * const plan = parsePlan(await readFile("kronoberg.json", "utf8"));
 * console.log(plan.subGoals.length);
 * ```
 */
export function parsePlan(input: unknown, options?: ParseOptions): Plan {
  // Unusable options throw an OptionError here, where the safe parse would report them as its one issue.
  const { lang } = readParseOptions(options);
  const result = safeParsePlan(input, options);
  if (!result.success) throw new ParseError("plan", result.issues, lang);
  return result.data;
}
