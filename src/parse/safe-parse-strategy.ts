import { type Strategy, StrategySchema } from "../model/strategy.js";
import type { ParseOptions, SafeParseResult } from "./options.js";
import { runParse } from "./run-parse.js";

/**
 * Parses a strategy file (*nationell strategi*) without throwing: returns the typed {@link Strategy} and any infos, or
 * every issue found. Accepts a JSON text, its UTF-8 bytes, or an already parsed value; the input is never
 * changed.
 * Never throws: unusable options (a `lang` other than `"sv"` or `"en"`, a limit that is not a positive whole
 * number, options that are not an object) give one `invalid_option` issue (docs/robustness.md).
 *
 * @example
 * ```ts
 * const result = safeParseStrategy(await readFile("strategy.json", "utf8"), { lang: "en" });
 * if (result.success) console.log(result.data.title);
 * else for (const issue of result.issues) console.error(issue.code, issue.path, issue.message);
 * ```
 */
export function safeParseStrategy(input: unknown, options?: ParseOptions): SafeParseResult<Strategy> {
  return runParse(StrategySchema, input, options);
}
