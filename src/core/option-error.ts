import { AndtPlanError, type ErrorArgs } from "./error.js";
import type { Catalogue } from "./messages.js";

/**
 * The details of each code of an {@link OptionError}, keyed by code.
 *
 * @example
 * ```ts
 * const details: OptionErrorDetails["invalid_lang"] = { received: "de" };
 * ```
 */
export interface OptionErrorDetails {
  /** `lang` is neither `"sv"` nor `"en"`. */
  invalid_lang: { received: string };
  /** `encoding` is not one of the encodings a file can be read in. */
  invalid_encoding: { received: string; allowed: readonly string[] };
}

const MESSAGES: Catalogue<OptionErrorDetails> = {
  sv: {
    invalid_lang: (d) => `Språket ska vara "sv" eller "en", inte "${d.received}".`,
    invalid_encoding: (d) => `Teckenkodningen ska vara en av ${d.allowed.map((e) => `"${e}"`).join(", ")}, inte "${d.received}".`,
  },
  en: {
    invalid_lang: (d) => `The language must be "sv" or "en", not "${d.received}".`,
    invalid_encoding: (d) => `The encoding must be one of ${d.allowed.map((e) => `"${e}"`).join(", ")}, not "${d.received}".`,
  },
};

/**
 * Thrown by any function of the library given an option that no call can use, such as a `lang` other than
 * `"sv"` or `"en"` (*ogiltigt val*). The message is in Swedish, since the language asked for is the problem.
 *
 * @example
 * ```ts
 * try {
 *   validatePlan(plan, {}, { lang: "de" as "sv" });
 * } catch (error) {
 *   if (error instanceof OptionError) console.error(error.code, error.path); // "invalid_lang" ["lang"]
 * }
 * ```
 */
export class OptionError extends AndtPlanError<OptionErrorDetails> {
  override readonly name = "OptionError";

  constructor(...args: ErrorArgs<OptionErrorDetails>) {
    super(MESSAGES, ...args);
  }
}
