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
