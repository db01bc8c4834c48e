import { isTextEncoding, TEXT_ENCODINGS, type TextEncoding } from "../core/encoding.js";
import type { Lang } from "../core/lang.js";
import { OptionError, type OptionName } from "../core/option-error.js";
import { resolveLang } from "../core/resolve-lang.js";
import { valueText } from "../core/wording.js";
import { DEFAULT_LIMITS } from "./options.js";

/** What a parse runs with: the language of its messages and the limits on the input. */
export interface ParseSettings {
  lang: Lang;
  limits: { maxStringLength: number; maxDepth: number; maxKeyLength: number };
  /** The encoding of input given as bytes, where the options name one. */
  encoding?: TextEncoding;
}

type LimitName = keyof ParseSettings["limits"];
const LIMITS: readonly LimitName[] = ["maxStringLength", "maxDepth", "maxKeyLength"];

/**
 * Reads the options of a parse (not exported from the package). `undefined` is no options; anything else that
 * is not an object, a `lang` other than `"sv"` or `"en"`, an `encoding` not in `TEXT_ENCODINGS`, or a limit that is not a positive whole number (`NaN`,
 * `-1`, `1.5`, `Infinity`) is refused rather than read as "no limit".
 *
 * @throws {@link OptionError} `invalid_lang` or `invalid_option`, in Swedish since the language may be the problem.
 */
export function readParseOptions(options: unknown): ParseSettings {
  if (options === undefined) return { lang: resolveLang(undefined), limits: { ...DEFAULT_LIMITS } };
  if (typeof options !== "object" || options === null) throw invalid("options", options);
  let read: Record<string, unknown>;
  try {
    // Read each option once: a getter or proxy could answer differently a second time.
    const record = options as Record<string, unknown>;
    read = { lang: record.lang, encoding: record.encoding, ...Object.fromEntries(LIMITS.map((name) => [name, record[name]])) };
  } catch {
    throw new OptionError("invalid_option", [], { option: "options", received: "object" });
  }
  const lang = resolveLang(read.lang);
  const limits = { ...DEFAULT_LIMITS } as ParseSettings["limits"];
  for (const name of LIMITS) {
    const value = read[name];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) throw invalid(name, value);
    limits[name] = value;
  }
  if (read.encoding !== undefined && !isTextEncoding(read.encoding)) {
    throw new OptionError("invalid_option", ["encoding"], {
      option: "encoding",
      received: valueText(read.encoding),
      allowed: TEXT_ENCODINGS,
    });
  }
  return read.encoding === undefined ? { lang, limits } : { lang, limits, encoding: read.encoding };
}

function invalid(option: OptionName, value: unknown): OptionError {
  return new OptionError("invalid_option", option === "options" ? [] : [option], { option, received: valueText(value) });
}
