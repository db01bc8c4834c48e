import type { Strategy } from "../model/strategy.js";
import type { ParseOptions } from "./options.js";
import { ParseError } from "./parse-error.js";
import { readParseOptions } from "./read-parse-options.js";
import { safeParseStrategy } from "./safe-parse-strategy.js";

/**
 * Parses a strategy file (*nationell strategi*) into a typed {@link Strategy}, or throws a {@link ParseError} listing every
 * problem. Accepts a JSON text, its UTF-8 bytes, or an already parsed value; the input is never changed.
 *
 * @throws {@link ParseError} listing every issue; {@link OptionError} `invalid_lang` or `invalid_option` for
 * unusable options.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy(await readFile("andt-2016-2020.json", "utf8"));
 * console.log(strategy.longTermGoals.length);
 * ```
 */
export function parseStrategy(input: unknown, options?: ParseOptions): Strategy {
  // Unusable options throw an OptionError here, where the safe parse would report them as its one issue.
  const { lang } = readParseOptions(options);
  const result = safeParseStrategy(input, options);
  if (!result.success) throw new ParseError("strategy", result.issues, lang);
  return result.data;
}
