import { resolveLang } from "../core/resolve-lang.js";
import { percentSign } from "../core/wording.js";
import { formatNumber } from "./format-number.js";
import { isSuppressed, validateValue } from "./internal.js";
import { cellLabel } from "./label.js";
import { shares } from "./shares.js";
import { totalOf } from "./total.js";
import type { Disaggregated, LangOptions } from "./types.js";

/**
 * Options of {@link formatShares}.
 *
 * @example
 * ```ts
 * const options: ShareFormatOptions = { lang: "en", decimals: 1 };
 * ```
 */
export interface ShareFormatOptions extends LangOptions {
  /** Decimals of each percentage; default 0. */
  decimals?: number;
}

/**
 * The shares of a count as a sentence part (*andel kvinnor och män*): `47 % kvinnor, 53 % män` in Swedish (a
 * plain space before `%`, as the issue writes it) or `47% women, 53% men` in English, in the value's cell order.
 * Each percentage is rounded on its own (half away from zero), as official statistics do, so the printed
 * figures may sum to 99 or 101. A suppressed cell prints as `.. kvinnor`. Any unattributed part of the total is
 * not printed.
 *
 * @throws {@link GenderInputError} as {@link shares}, and `invalid_decimals`.
 * @example
 * ```ts
 * formatShares(disaggregated({ unit: "count", cells: [{ sex: "female", value: 47 }, { sex: "male", value: 53 }] })); // "47 % kvinnor, 53 % män"
 * ```
 */
export function formatShares(value: Disaggregated, options: ShareFormatOptions = {}): string {
  const lang = resolveLang(options.lang);
  const v = validateValue(value, [], lang);
  shares(v, { lang });
  const total = totalOf(v, { lang });
  const decimals = options.decimals ?? 0;
  return v.cells
    .map((cell) => {
      const label = cellLabel(cell, { lang, ageGroups: v.ageGroups });
      if (isSuppressed(cell)) return `.. ${label}`;
      // From the counts, not from the share: 285 × 100 / 1000 is exactly 28.5, 0.285 × 100 is not.
      const percent = formatNumber((cell.value * 100) / total, { lang, decimals });
      return `${percentSign(percent, lang)} ${label}`;
    })
    .join(", ");
}
