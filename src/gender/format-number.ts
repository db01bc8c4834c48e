import { resolveLang } from "../core/resolve-lang.js";
import { numberText, valueText } from "../core/wording.js";
import { fail, isSuppressed } from "./internal.js";
import type { CellValue, LangOptions } from "./types.js";

/**
 * Options of {@link formatNumber} and {@link formatCellValue}.
 *
 * @example
 * ```ts
 * const options: NumberFormatOptions = { lang: "sv", decimals: 1 };
 * ```
 */
export interface NumberFormatOptions extends LangOptions {
  /** Exactly this many decimals (0–20, rounded half away from zero); default: as many as needed, at most 3. */
  decimals?: number;
}

/**
 * A number as a report prints it, by `Intl.NumberFormat` with `sv-SE` (decimal comma, no-break space U+00A0
 * between thousands, minus sign U+2212) or `en-GB` (decimal point, comma between thousands).
 *
 * @throws {@link GenderInputError} `not_a_number`, `invalid_decimals`.
 * @example
 * ```ts
 * formatNumber(1234.5, { decimals: 1 }); // "1 234,5" (U+00A0 between 1 and 234)
 * formatNumber(1234.5, { lang: "en", decimals: 1 }); // "1,234.5"
 * ```
 */
export function formatNumber(n: number, options: NumberFormatOptions = {}): string {
  const lang = resolveLang(options.lang);
  if (typeof n !== "number" || !Number.isFinite(n)) fail("not_a_number", [], { value: valueText(n) }, lang);
  const { decimals } = options;
  if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)) {
    fail("invalid_decimals", ["decimals"], { decimals: String(decimals) }, lang);
  }
  return numberText(n, lang, decimals);
}

/**
 * A cell's value as a report prints it: `..` for a suppressed cell (*skyddad uppgift*), else
 * {@link formatNumber}.
 *
 * @throws {@link GenderInputError} as {@link formatNumber}.
 * @example
 * ```ts
 * formatCellValue({ sex: "female", suppressed: true }); // ".."
 * formatCellValue({ sex: "male", value: 1200 }, { lang: "en" }); // "1,200"
 * ```
 */
export function formatCellValue(cell: CellValue, options: NumberFormatOptions = {}): string {
  const lang = resolveLang(options.lang);
  if (typeof cell !== "object" || cell === null) fail("invalid_cell", [], {}, lang);
  if (isSuppressed(cell)) return "..";
  if (typeof cell.value !== "number" || !Number.isFinite(cell.value))
    fail("not_a_number", ["value"], { value: valueText(cell.value) }, lang);
  return formatNumber(cell.value, options);
}
