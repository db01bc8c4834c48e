import { AndtPlanError, type ErrorArgs } from "./error.js";
import type { Lang } from "./lang.js";
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
  /** Another option (or the options themselves) cannot be used: a limit that is not a positive whole number, options that are not an object … */
  invalid_option: { option: OptionName; received: string; allowed?: readonly string[] };
}

/**
 * The options whose values are checked by name (*val*): the options object itself (`"options"`), the parse
 * limits and the options of the readers.
 *
 * @example
 * ```ts
 * const option: OptionName = "maxDepth";
 * ```
 */
export type OptionName = "options" | "maxStringLength" | "maxDepth" | "maxKeyLength" | "indicators" | "area" | "encoding" | "delimiter";

// What each option must be, as the message says it.
const EXPECTED: Record<Lang, Record<OptionName, string>> = {
  sv: {
    options: "ett objekt",
    maxStringLength: "ett positivt heltal",
    maxDepth: "ett positivt heltal",
    maxKeyLength: "ett positivt heltal",
    indicators: "ett objekt som kopplar nyckeltal till indikator-id",
    area: "ett område-id i text",
    encoding: '"utf-8" eller "windows-1252"',
    delimiter: '";", "," eller tabb',
  },
  en: {
    options: "an object",
    maxStringLength: "a positive whole number",
    maxDepth: "a positive whole number",
    maxKeyLength: "a positive whole number",
    indicators: "an object mapping KPIs to indicator ids",
    area: "an area id as text",
    encoding: '"utf-8" or "windows-1252"',
    delimiter: '";", "," or tab',
  },
};

// "a", "b" eller "c": the values an option may take, quoted.
const listOf = (values: readonly string[], last: string): string => {
  const quotedValues = values.map((v) => `"${v}"`);
  return quotedValues.length < 2 ? quotedValues.join("") : `${quotedValues.slice(0, -1).join(", ")} ${last} ${quotedValues.at(-1)}`;
};

/** The message of an unusable option, shared by {@link OptionError} and the issue a safe function reports instead. */
export const optionMessages: Catalogue<OptionErrorDetails> = {
  sv: {
    invalid_lang: (d) => `Språket ska vara "sv" eller "en", inte "${d.received}".`,
    invalid_encoding: (d) => `Teckenkodningen ska vara en av ${d.allowed.map((e) => `"${e}"`).join(", ")}, inte "${d.received}".`,
    invalid_option: (d) =>
      `${d.option === "options" ? "Valen" : `Valet ${d.option}`} ska vara ${d.allowed === undefined ? EXPECTED.sv[d.option] : listOf(d.allowed, "eller")}, inte ${d.received}.`,
  },
  en: {
    invalid_lang: (d) => `The language must be "sv" or "en", not "${d.received}".`,
    invalid_encoding: (d) => `The encoding must be one of ${d.allowed.map((e) => `"${e}"`).join(", ")}, not "${d.received}".`,
    invalid_option: (d) =>
      `${d.option === "options" ? "The options" : `The option ${d.option}`} must be ${d.allowed === undefined ? EXPECTED.en[d.option] : listOf(d.allowed, "or")}, not ${d.received}.`,
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
    super(optionMessages, ...args);
  }
}
