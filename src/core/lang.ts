import { OptionError } from "./option-error.js";

/**
 * A language of user-facing messages (*språk*): Swedish (`sv`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = "en";
 * ```
 */
export type Lang = "sv" | "en";

/** Every {@link Lang}, in the order messages are written. */
export const LANGS: readonly Lang[] = ["sv", "en"];

/** The language used when a call does not name one. */
export const DEFAULT_LANG: Lang = "sv";

/**
 * The language an option names: {@link DEFAULT_LANG} when it names none. Any other value than `"sv"` or `"en"`
 * is a mistake of the caller and throws, everywhere in the library, rather than falling back silently.
 *
 * @throws {@link OptionError} `invalid_lang`.
 */
export function resolveLang(lang: unknown): Lang {
  if (lang === undefined) return DEFAULT_LANG;
  if (lang === "sv" || lang === "en") return lang;
  throw new OptionError("invalid_lang", ["lang"], { received: typeof lang === "string" ? lang : String(lang) });
}
