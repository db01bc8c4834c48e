import { DEFAULT_LANG, type Lang } from "./lang.js";
import { OptionError } from "./option-error.js";

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
