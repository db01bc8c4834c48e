import type { TextEncoding } from "./encoding.js";
import type { Path } from "./issue.js";
import type { Lang } from "./lang.js";

// The wording every catalogue shares, written once: numbers, per cent, periods, paths, quotes.

const LOCALES: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

// Building an Intl.NumberFormat costs far more than using one, and reports format thousands of numbers.
const FORMATTERS = new Map<string, Intl.NumberFormat>();

/**
 * A finite number as the language writes it, by `Intl.NumberFormat` with `sv-SE` (decimal comma, no-break space
 * between thousands, minus sign U+2212) or `en-GB`; at most 3 decimals unless `decimals` fixes them. The caller
 * checks that the number is finite.
 */
export function numberText(n: number, lang: Lang, decimals?: number): string {
  const key = `${lang}:${decimals ?? ""}`;
  let cached = FORMATTERS.get(key);
  if (cached === undefined) {
    const digits = decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    cached = new Intl.NumberFormat(LOCALES[lang], digits);
    FORMATTERS.set(key, cached);
  }
  // Adding 0 turns -0 into 0, which would otherwise print as "-0".
  return cached.format(n + 0);
}

/**
 * A number already in per cent with its sign: `78 %` in Swedish (a space before the sign, as Swedish writes
 * it), `78%` in English.
 */
export function percentSign(text: string, lang: Lang): string {
  return lang === "sv" ? `${text} %` : `${text}%`;
}

/**
 * A share (0–1) as a percentage rounded to `decimals` (half away from zero, so -62.5 % is -63 %):
 * `78 %` in Swedish, `78%` in English.
 */
export function percentText(share: number, lang: Lang, decimals = 0): string {
  const factor = 10 ** decimals;
  return percentSign(numberText((Math.sign(share) * Math.round(Math.abs(share) * 100 * factor)) / factor, lang), lang);
}

/** A period as `2017–2021`, or `2019` when it starts and ends on the same date. */
export function periodText(period: { readonly start: string; readonly end: string }): string {
  return period.start === period.end ? period.start : `${period.start}–${period.end}`;
}

/** A path as messages print it: keys and indexes joined with `.`; the document root as `(roten)` or `(root)`. */
/** How an encoding is named to a reader: `Windows-1252`, `UTF-16 LE`. */
export function encodingName(encoding: TextEncoding): string {
  return ENCODING_NAMES[encoding];
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252",
  latin1: "Latin-1 (ISO-8859-1)",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
};

export function pathText(path: readonly (string | number)[] | Path, lang: Lang): string {
  if (path.length > 0) return path.join(".");
  return lang === "sv" ? "(roten)" : "(root)";
}

/**
 * A value quoted as messages show it: a string in double quotes, anything else as JSON. A quote, a backslash or
 * a control character inside a string is escaped as in JSON, so that text from a file (a column name, a cell)
 * cannot end the quote or break the message's line.
 */
export function quoted(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** Longest text {@link valueText} shows of a value; the rest is cut, since input may be huge or hostile. */
const SHOWN_LENGTH = 60;

/**
 * Any value as a message shows what it received, never failing: a string quoted, a number as JavaScript writes
 * it (`NaN`, `Infinity`, `-0`), an array or object as JSON (cut after 60 characters with `…`), and what JSON
 * cannot write (a function, a symbol, a circular or hostile object) by its type.
 */
export function valueText(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return cut(`"${value}"`);
  if (typeof value !== "object" || value === null)
    return typeof value === "symbol" ? "symbol" : typeof value === "function" ? "function" : String(value);
  try {
    const json = JSON.stringify(value);
    return json === undefined ? Object.prototype.toString.call(value) : cut(json);
  } catch {
    return "object";
  }
}

const cut = (text: string): string => (text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text);
